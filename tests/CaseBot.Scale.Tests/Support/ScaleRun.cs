using CaseBot.Bench.Driver;

namespace CaseBot.Scale.Tests.Support;

/// <summary>What a load run did: its point (turns, latency, errors), and the conversations started and completed.</summary>
internal sealed record ScaleRun(PointResult Point, long Started, long Completed)
{
    public long Turns => Point.Turns + Point.WarmUpTurns;

    public long Errors => Point.Errors + Point.WarmUpErrors;

    public string Figures(int concurrency, TimeSpan window) =>
        $"{concurrency} conversations, {window.TotalSeconds:F0} s window ({Point.Seconds:F1} s until all finished): {Started} started, {Completed} completed " +
        $"(8 turns each), {Turns} turns ({Turns / Math.Max(Point.Seconds, 0.001):F0}/s), p50 {Point.P50:F0} ms, p99 {Point.P99:F0} ms, max {Point.Max:F0} ms, " +
        $"{Errors} errors, {Point.Failovers} POSTs that failed and were re-sent to the other instance, {Point.ExtraReplies} repeated replies" +
        (Point.FirstError is { } first ? $"; first error: {first}" : string.Empty);
}
