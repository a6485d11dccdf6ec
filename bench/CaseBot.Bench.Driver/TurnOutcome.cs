namespace CaseBot.Bench.Driver;

/// <summary>How one turn went: its latency in Stopwatch ticks, or why it failed; the HTTP body for invokes.</summary>
internal readonly record struct TurnOutcome(long LatencyTicks, string? Error, string? ResponseBody)
{
    public bool Ok => Error is null;
}
