using System.ComponentModel.DataAnnotations;

namespace CaseBot.BotFramework.Connector;

/// <summary>How hard to retry the Connector (section <c>BotFramework:ConnectorRetry</c>). Teams' guidance: exponential backoff with jitter, honour Retry-After.</summary>
public sealed class ConnectorRetryOptions
{
    public const string SectionName = "BotFramework:ConnectorRetry";

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, including a Retry-After the Connector asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
