namespace CaseBot.Bench.Driver;

/// <summary>
/// Where turns go: one bot's messaging endpoint, or several instances of one bot behind a round-robin balancer (scale-out tests).
/// A turn whose POST failed (the instance died) is sent again to the next instance, as a load balancer with retries would.
/// </summary>
internal sealed class BotEndpoints
{
    private readonly Uri[] _messagesUrls;
    private long _next = -1;

    public BotEndpoints(IReadOnlyList<Uri> messagesUrls)
    {
        ArgumentOutOfRangeException.ThrowIfZero(messagesUrls.Count);
        _messagesUrls = [.. messagesUrls];
    }

    public int Count => _messagesUrls.Length;

    /// <summary>The next instance in turn.</summary>
    public Uri Next() => _messagesUrls[(int)((ulong)Interlocked.Increment(ref _next) % (ulong)_messagesUrls.Length)];

    /// <summary>The instance after <paramref name="failed"/>, for a retry elsewhere.</summary>
    public Uri After(Uri failed)
    {
        var index = Array.IndexOf(_messagesUrls, failed);
        return _messagesUrls[(index + 1) % _messagesUrls.Length];
    }
}
