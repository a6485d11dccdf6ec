namespace CaseBot.Bench.Driver;

/// <summary>How one turn went: its latency in Stopwatch ticks, or why it failed; the HTTP body for invokes.</summary>
internal readonly record struct TurnOutcome(long LatencyTicks, string? Error, string? ResponseBody)
{
    public bool Ok => Error is null;

    /// <summary>Times the turn's POST failed and was sent again to another instance (scale-out runs only).</summary>
    public int Failovers { get; init; }

    /// <summary>Replies beyond those the turn should draw: a turn run twice (its first instance died after replying, before committing).</summary>
    public int ExtraReplies { get; init; }
}
