using System.Globalization;

namespace CaseBot.Bot.Delivery;

/// <summary>This process's name in outbox claims: host, process id and a random part, so two processes never share one.</summary>
internal sealed class OutboxInstance
{
    private long _claims;

    public string Id { get; } = string.Create(
        CultureInfo.InvariantCulture, $"{Truncate(Environment.MachineName, 40)}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>A name for one claim round, unique within the process, so rows read back are exactly the ones claimed.</summary>
    public string NextClaim() => string.Create(CultureInfo.InvariantCulture, $"{Id}#{Interlocked.Increment(ref _claims)}");

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
