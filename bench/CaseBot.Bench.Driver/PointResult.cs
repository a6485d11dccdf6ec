namespace CaseBot.Bench.Driver;

/// <summary>One measured point: throughput and turn latency (ms) at a concurrency.</summary>
internal sealed record PointResult(
    int Concurrency, double Seconds, long Turns, long WarmUpTurns, long Conversations, double P50, double P95, double P99, double Max, long Errors, long WarmUpErrors, string? FirstError)
{
    public double TurnsPerSecond => Seconds > 0 ? Turns / Seconds : 0;

    /// <summary>CPU the bot used during the measured window (user + system), in seconds; 0 when not read.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>The bot's CPU per completed turn, in ms: what a turn costs, much less sensitive to other load than turns/s.</summary>
    public double CpuMsPerTurn => Turns > 0 ? CpuSeconds * 1000 / Turns : 0;

    /// <summary>p50 and p99 (ms) by the turn's place in the triage script.</summary>
    public IReadOnlyDictionary<int, (double P50, double P99)> ByStep { get; init; } = new Dictionary<int, (double, double)>();

    /// <summary>The machine just before this point ran (other load, steal); <see cref="MachineLoad.Unknown"/> when not sampled.</summary>
    public MachineLoad Before { get; init; } = MachineLoad.Unknown;

    /// <summary>Other load was above the threshold before the point (after its one repeat, if it was repeated).</summary>
    public bool Noisy { get; init; }

    /// <summary>The first try was noisy, so the point was run once more; these are the second try's figures.</summary>
    public bool Repeated { get; init; }

    /// <summary>Turns re-sent to another instance after their POST failed, and replies beyond the expected ones (scale-out runs).</summary>
    public long Failovers { get; init; }

    public long ExtraReplies { get; init; }

    public static PointResult Merge(int concurrency, double seconds, IReadOnlyList<WorkerStats> workers)
    {
        var latencies = workers.SelectMany(w => w.Latencies).Order().ToArray();
        return new PointResult(
            concurrency,
            seconds,
            workers.Sum(w => w.Turns),
            workers.Sum(w => w.WarmUpTurns),
            workers.Sum(w => w.Conversations),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : WorkerStats.Milliseconds(latencies[^1]),
            workers.Sum(w => w.Errors),
            workers.Sum(w => w.WarmUpErrors),
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null))
        {
            Failovers = workers.Sum(w => w.Failovers),
            ExtraReplies = workers.Sum(w => w.ExtraReplies),
            ByStep = workers.SelectMany(w => w.ByStep).GroupBy(s => s.Key).ToDictionary(
                g => g.Key,
                g =>
                {
                    var sorted = g.SelectMany(s => s.Value).Order().ToArray();
                    return (Percentile(sorted, 0.50), Percentile(sorted, 0.99));
                }),
        };
    }

    // Nearest rank on sorted Stopwatch ticks.
    private static double Percentile(long[] sorted, double p)
        => sorted.Length == 0 ? 0 : WorkerStats.Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
}
