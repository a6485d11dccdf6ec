using System.Diagnostics;

namespace CaseBot.Bench.Driver;

/// <summary>Runs C closed-loop workers: for a warm-up then a measured time, or until they run out of work.</summary>
internal static class LoadRunner
{
    /// <summary>Warm-up, then a measured time; <paramref name="duringMeasure"/> is started when measuring starts (e.g. reading the bot's counters) and awaited at the end.</summary>
    public static async Task<PointResult> TimedAsync(
        int concurrency, TimeSpan warmUp, TimeSpan measure, Workloads.Worker worker, CancellationToken cancellationToken, Func<Task>? duringMeasure = null,
        Func<double>? cpuSeconds = null)
    {
        var clock = new RunClock();
        var stats = Enumerable.Range(0, concurrency).Select(_ => new WorkerStats()).ToArray();
        var tasks = Start(concurrency, worker, clock, stats, cancellationToken);
        await Task.Delay(warmUp, cancellationToken);
        clock.StartMeasuring();
        var start = Stopwatch.GetTimestamp();
        var cpuAtStart = cpuSeconds?.Invoke() ?? 0;
        var side = duringMeasure?.Invoke() ?? Task.CompletedTask;
        await Task.Delay(measure, cancellationToken);
        clock.Stop();
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpu = cpuSeconds is null ? 0 : cpuSeconds() - cpuAtStart;
        await Task.WhenAll(tasks);
        await side;
        return PointResult.Merge(concurrency, seconds, stats) with { CpuSeconds = cpu };
    }

    /// <summary>Measures from the start until every worker has returned (the workload bounds itself) or, if given, the budget is spent.</summary>
    public static async Task<PointResult> UntilDoneAsync(int concurrency, Workloads.Worker worker, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = new RunClock();
        clock.StartMeasuring();
        var stats = Enumerable.Range(0, concurrency).Select(_ => new WorkerStats()).ToArray();
        var start = Stopwatch.GetTimestamp();
        var all = Task.WhenAll(Start(concurrency, worker, clock, stats, cancellationToken));
        if (budget > TimeSpan.Zero && await Task.WhenAny(all, Task.Delay(budget, cancellationToken)) != all)
        {
            clock.Drain();
        }

        await all;
        return PointResult.Merge(concurrency, Stopwatch.GetElapsedTime(start).TotalSeconds, stats);
    }

    private static Task[] Start(int concurrency, Workloads.Worker worker, RunClock clock, WorkerStats[] stats, CancellationToken cancellationToken)
        => [.. Enumerable.Range(0, concurrency).Select(i => Task.Run(() => worker(i, clock, stats[i], cancellationToken), cancellationToken))];
}
