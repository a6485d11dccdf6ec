using System.ComponentModel.DataAnnotations;

namespace CaseBot.Bot.Delivery;

/// <summary>How the outbox is worked (section <c>Delivery</c>): polling, claims shared between instances, retries.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Run the delivery worker in this instance (default). Off: messages wait for an instance that runs it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often an idle worker looks for due messages; a message saved by this instance wakes it at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim holds; a crashed instance's messages are picked up by another after this.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tries per message before it is marked failed (throttling and server errors count; Retry-After is honoured).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Messages claimed at once by one instance.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>The first wait after a failed try; it doubles each try (with jitter) up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between tries, also for a Retry-After the Connector asks for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The Connector address for a tenant nobody has messaged CaseBot from yet (e.g. https://smba.trafficmanager.net/teams/);
    /// otherwise the serviceUrl of a stored conversation reference of the tenant is used.
    /// </summary>
    public string? DefaultServiceUrl { get; set; }
}
