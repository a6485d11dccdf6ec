using System.Globalization;
using System.Text;

namespace CaseBot.Bench.Driver;

/// <summary>The Markdown report (bench/results/latest.md) and the ratio lines printed at the end.</summary>
internal sealed class Report(BenchOptions options, IReadOnlyList<TargetResult> results, string node)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public int TopConcurrency => options.Concurrency.Max();

    public IEnumerable<string> RatioLines()
    {
        foreach (var (a, b) in new[]
        {
            (BotTargets.CaseBotMemory, BotTargets.BotbuilderJs), (BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs),
            (BotTargets.CaseBotMemory, BotTargets.KestrelFloor), (BotTargets.CaseBotSqlite, BotTargets.KestrelFloor),
        })
        {
            if (Ratio(a, b, TopConcurrency) is { } ratio)
            {
                yield return F($"ratio {a}/{b} turns/s at C={TopConcurrency}: {ratio:F2}");
            }

            if (CpuRatio(a, b, TopConcurrency) is { } efficiency)
            {
                yield return F($"ratio {a}/{b} turns per CPU-second at C={TopConcurrency}: {efficiency:F2}");
            }
        }
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine(F($"# CaseBot benchmark ({(options.Quick ? "quick" : "full")} run)")).AppendLine();
        md.AppendLine(F($"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; commit {options.Commit}"));
        md.AppendLine(F($"- Machine: {MachineInfo.Describe()}; Node {node}"));
        md.AppendLine(F($"- Each point: {options.WarmUp.TotalSeconds:0.#} s warm-up, {options.Measure.TotalSeconds:0.#} s measured; closed loop (a conversation sends its next message when the bot's replies to the previous one reached the fake Connector); driver, Connector and bot on the same machine."));
        md.AppendLine("- Bot CPU ms/turn = the bot process's user + system CPU time (/proc/<pid>/stat) over the measured window ÷ turns completed: what a turn costs, much less sensitive to other load on the machine than turns/s.");
        md.AppendLine("- Server-side = the bot's own http.server.request.duration (ASP.NET Core, read with dotnet-counters; .NET bots at the top concurrency): request in to response out, replies to the Connector included, queues outside the app excluded; median of 1-second percentiles.");
        md.AppendLine(F($"- Turn = one user message of the 8-turn triage walk ({string.Join(", ", TriageScript.For("<ref>").Select(t => t.Text))}); latency = POST sent to last reply received."));
        md.AppendLine(options.Pin
            ? F($"- Pinned (taskset): each bot on core {BenchOptions.BotCore}, the driver and the fake Connector on the other core(s).")
            : "- Not pinned: bots, driver and fake Connector share every core.");
        md.AppendLine(F($"- Before each bot (idle machine): {string.Join("; ", results.Select(r => F($"{r.Name}: load average {r.Before.LoadAverage:F2}, other load {r.Before.OtherCores:F2} cores, steal {r.Before.StealPercent:F1}%")))}."));
        md.AppendLine(F($"- Start-up: each bot is measured once it has been idle for a second after its first conversation (under 5% of a core); busy until then: {string.Join("; ", results.Select(r => F($"{r.Name} {r.SettleSeconds:F0} s")))} (CaseBot runs its daily jobs on start, over every stored case)."));
        md.AppendLine(F($"- Other load = CPU the rest of the machine used (in cores) during {options.QuietSample.TotalSeconds:0.#} s before each point while the benchmark was idle. Above {options.NoisyAbove:0.##} the point is marked noisy and run once more; the second try's figures are kept. Noisy points here: {NoisyCount()} of {AllPoints().Count()}{(NoisyCount() == 0 ? " (a quiet run)" : " — **treat those figures as noisy**")}."));
        md.AppendLine();
        md.AppendLine("| Bot | C | turns/s | p50 ms | p95 ms | p99 ms | errors | bot CPU ms/turn | server-side p50 / p99 ms | peak RSS MB | other load before |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            if (r.Failure is not null)
            {
                md.AppendLine(F($"| {r.Name} | | failed: {r.Failure} | | | | | | | |"));
            }

            foreach (var p in r.Points)
            {
                var server = r.Server is { } s && p.Concurrency == TopConcurrency ? F($"{s.P50:F1} / {s.P99:F1}") : string.Empty;
                md.AppendLine(F($"| {r.Name} | {p.Concurrency} | {p.TurnsPerSecond:F0} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {p.Errors + p.WarmUpErrors} | {p.CpuMsPerTurn:F2} | {server} | {r.PeakAfterPoints:F0} | {Noise(p)} |"));
            }
        }

        md.AppendLine().AppendLine("Ratios: turns/s (and turns per CPU-second of the bot, in brackets):").AppendLine();
        foreach (var c in options.Concurrency)
        {
            md.AppendLine(F($"- C={c}: casebot-memory/botbuilder-js {Both(BotTargets.CaseBotMemory, BotTargets.BotbuilderJs, c)}, casebot-sqlite/botbuilder-js {Both(BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs, c)}, casebot-memory/kestrel-floor {Both(BotTargets.CaseBotMemory, BotTargets.KestrelFloor, c)}, casebot-sqlite/kestrel-floor {Both(BotTargets.CaseBotSqlite, BotTargets.KestrelFloor, c)}"));
        }

        AppendSteps(md);
        AppendExtras(md);
        BoardWorkload.AppendTo(md, results);
        new TargetCheck(options, results).AppendTo(md);
        return md.ToString();
    }

    // Which turn costs what, unloaded (the lowest concurrency): p50 / p99 per place in the script.
    private void AppendSteps(StringBuilder md)
    {
        var c = options.Concurrency.Min();
        var script = TriageScript.For("<ref>");
        md.AppendLine().AppendLine(F($"Latency by turn at C={c}, p50 / p99 ms:")).AppendLine();
        md.AppendLine("| Bot | " + string.Join(" | ", script.Select((t, i) => F($"{i + 1}. {t.Text}"))) + " |");
        md.AppendLine("|---|" + string.Concat(script.Select(_ => "---:|")));
        foreach (var r in results)
        {
            if (r.Points.FirstOrDefault(p => p.Concurrency == c) is { } point)
            {
                md.AppendLine(F($"| {r.Name} | ") + string.Join(" | ", script.Select((_, i) => point.ByStep.TryGetValue(i, out var s) ? F($"{s.P50:F1} / {s.P99:F1}") : "-")) + " |");
            }
        }
    }

    private void AppendExtras(StringBuilder md)
    {
        md.AppendLine().AppendLine("| Bot | invoke p99 ms (C=" + options.InvokeConcurrency.ToString(Invariant) + ") | status lookup p50 / p99 ms | triage conversations | RSS before → after MB | bytes per conversation | database bytes per case | peak RSS MB |");
        md.AppendLine("|---|---|---|---:|---|---:|---:|---:|");
        foreach (var r in results.Where(r => r.Seed is not null || r.Lookups.Count > 0))
        {
            var invoke = r.Invoke is { } i ? F($"{(r.RealTicks ? "real ticks" : "refused ticks")}: {i.P99:F1} ({i.TurnsPerSecond:F0}/s, {i.Errors} errors, CPU {i.CpuMsPerTurn:F2} ms each{(i.Noisy ? ", noisy" : string.Empty)})*") : r.InvokeNote is not null ? "n/a*" : "-";
            var lookups = r.Lookups.Count == 0 ? "-" : string.Join("; ", r.Lookups.Select(l => F($"C={l.Concurrency}: {l.P50:F1} / {l.P99:F1} ({l.TurnsPerSecond:F0}/s, {l.Errors} errors)"))) + F($" over {r.LookupCases} cases");
            var seed = r.Seed is { } s ? F($"{s.Run.Conversations} ({s.Run.TurnsPerSecond:F0} turns/s, {s.Run.Errors} errors)") : "-";
            var rss = r.Seed is { } g ? F($"{g.RssBefore:F0} → {g.RssAfter:F0} ({g.Growth:+0;-0}; {g.GrowthPer100K:+0;-0} per 100k)") : "-";
            var perConversation = r.Seed is { Run.Conversations: > 0 } b
                ? F($"{b.BytesPerConversation:F0} RSS") + (b.HeapBytesPerConversation is { } h ? F($", {h:F0} live heap") : string.Empty)
                : "-";
            var cases = r.LookupCases > 0 ? r.LookupCases : (r.Seed?.Run.Conversations ?? 0) + r.Seeded.Count;
            var perCase = r.Seed?.DatabaseBytes is { } bytes && cases > 0 ? F($"{(double)bytes / cases:F0} ({bytes / 1024.0 / 1024.0:F0} MB ÷ {cases} cases)") : "-";
            md.AppendLine(F($"| {r.Name} | {invoke} | {lookups} | {seed} | {rss} | {perConversation} | {perCase} | {r.PeakAtEnd:F0} |"));
        }

        foreach (var note in results.Where(r => r.InvokeNote is not null).Select(r => F($"\\* {r.Name} invoke: {r.InvokeNote}")).Distinct())
        {
            md.AppendLine().AppendLine(note);
        }

        md.AppendLine();
    }

    /// <summary>One line for bench/results/history.md: the run's headline figures, so a regression shows across commits.</summary>
    public string HistoryLine()
    {
        var c = TopConcurrency;
        var low = options.Concurrency.Min();
        var sqlite = results.FirstOrDefault(r => r.Name == BotTargets.CaseBotSqlite);
        var memory = results.FirstOrDefault(r => r.Name == BotTargets.CaseBotMemory);
        var sqliteTop = sqlite?.Points.FirstOrDefault(p => p.Concurrency == c);
        var lookup = sqlite?.Lookups.FirstOrDefault(l => l.Concurrency == 50);
        return F($"| {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} | {options.Commit} | {(options.Pin ? "pinned" : "not pinned")}, {NoisyCount()} noisy of {AllPoints().Count()} | ")
            + F($"{Show(Ratio(BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs, low))} | {Show(Ratio(BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs, c))} | ")
            + F($"{(sqliteTop is null ? "-" : sqliteTop.CpuMsPerTurn.ToString("F2", Invariant))} | {Show(Ratio(BotTargets.CaseBotMemory, BotTargets.KestrelFloor, c) * 100)} | ")
            + F($"{Ms(memory?.Server?.P99)} / {Ms(sqlite?.Server?.P99)} | {Ms(lookup?.P99)} ({sqlite?.LookupCases ?? 0}) | {Ms(sqlite is { RealTicks: true } ? sqlite.Invoke?.P99 : null)} | ")
            + F($"{Ms(sqlite?.Seed?.GrowthPer100K)} | {(memory?.Seed is { } m ? ((m.HeapBytesPerConversation ?? m.BytesPerConversation) / 1024).ToString("F1", Invariant) : "-")} |");
    }

    /// <summary>The header of bench/results/history.md, written when the file is new.</summary>
    public static string HistoryHeader =>
        "# Benchmark history\n\nOne line per full run (`bench/run.sh`), appended by the driver; see bench/README.md for how to read it. C=1 and C=200 "
        + "are the lowest and highest concurrency of the run.\n\n"
        + "| date (UTC) | commit | machine | sqlite/js turns/s C=1 | sqlite/js C=200 | sqlite CPU ms/turn C=200 | memory/floor % C=200 | "
        + "server p99 ms memory / sqlite C=200 | sqlite lookup p99 ms C=50 (cases) | sqlite real tick p99 ms | sqlite RSS MB per 100k | memory KB per conversation |\n"
        + "|---|---|---|---:|---:|---:|---:|---|---|---:|---:|---:|\n";

    private IEnumerable<PointResult> AllPoints()
        => results.SelectMany(r => r.Points.Concat(r.Lookups).Append(r.Invoke)).OfType<PointResult>();

    private int NoisyCount() => AllPoints().Count(p => p.Noisy);

    private static string Noise(PointResult p)
        => F($"{p.Before.OtherCores:F2}") + (p.Noisy ? " **noisy**" : p.Repeated ? " (repeated)" : string.Empty);

    private static string Ms(double? value) => value is { } v ? v.ToString("F1", Invariant) : "-";

    private double? Ratio(string a, string b, int concurrency)
    {
        var x = results.FirstOrDefault(r => r.Name == a)?.Points.FirstOrDefault(p => p.Concurrency == concurrency);
        var y = results.FirstOrDefault(r => r.Name == b)?.Points.FirstOrDefault(p => p.Concurrency == concurrency);
        return x is null || y is null || y.TurnsPerSecond == 0 ? null : x.TurnsPerSecond / y.TurnsPerSecond;
    }

    // Turns per CPU-second of a over b: b's CPU per turn divided by a's.
    private double? CpuRatio(string a, string b, int concurrency)
    {
        var x = results.FirstOrDefault(r => r.Name == a)?.Points.FirstOrDefault(p => p.Concurrency == concurrency);
        var y = results.FirstOrDefault(r => r.Name == b)?.Points.FirstOrDefault(p => p.Concurrency == concurrency);
        return x is not { CpuMsPerTurn: > 0 } || y is not { CpuMsPerTurn: > 0 } ? null : y.CpuMsPerTurn / x.CpuMsPerTurn;
    }

    private string Both(string a, string b, int c) => $"{Show(Ratio(a, b, c))} ({Show(CpuRatio(a, b, c))})";

    private static string Show(double? ratio) => ratio is { } r ? r.ToString("F2", Invariant) : "-";

    private static string F(FormattableString text) => text.ToString(Invariant);
}
