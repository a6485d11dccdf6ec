using System.Globalization;
using System.Text;

namespace CaseBot.Bench.Driver;

/// <summary>Issue 18's targets against this run's figures: met, missed, or not measured in this run.</summary>
internal sealed class TargetCheck(BenchOptions options, IReadOnlyList<TargetResult> results)
{
    public const int LookupCasesWanted = 100_000;

    public void AppendTo(StringBuilder md)
    {
        var c = options.Concurrency.Max();
        var low = options.Concurrency.Min();
        md.AppendLine().AppendLine(F($"Targets from issue 18 (ratios from this run; C={c} where the issue says C=200, C={low} where it says C=1):")).AppendLine();
        md.AppendLine("| Target | Measured | |").AppendLine("|---|---|---|");
        Row(md, F($"casebot-sqlite / botbuilder-js turns/s, C={low}: ≥ 2×"), Ratio(BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs, low), 2, true, "×");
        Row(md, F($"casebot-sqlite / botbuilder-js turns/s, C={c}: ≥ 5×"), Ratio(BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs, c), 5, true, "×");
        Row(md, F($"casebot-sqlite bot CPU per turn, C={c}: ≤ 0.3 ms"), Point(BotTargets.CaseBotSqlite, c)?.CpuMsPerTurn, 0.3, false, " ms", inclusive: true);
        Row(md, F($"casebot-memory / kestrel-floor turns/s, C={c}: ≥ 40%"), Ratio(BotTargets.CaseBotMemory, BotTargets.KestrelFloor, c) * 100, 40, true, "%");
        Row(md, F($"casebot-memory server-side p99, C={c}: ≤ 15 ms"), Find(BotTargets.CaseBotMemory)?.Server?.P99, 15, false, " ms", inclusive: true);
        Row(md, F($"casebot-sqlite server-side p99, C={c}: ≤ 40 ms"), Find(BotTargets.CaseBotSqlite)?.Server?.P99, 40, false, " ms", inclusive: true);
        var sqlite = Find(BotTargets.CaseBotSqlite);
        var lookup = sqlite?.Lookups.FirstOrDefault(l => l.Concurrency == 50);
        if (lookup is not null && sqlite!.LookupCases < LookupCasesWanted)
        {
            md.AppendLine(F($"| casebot-sqlite status lookup p99, C=50, ≥ 100k cases: < 10 ms | {lookup.P99:F2} ms over only {sqlite.LookupCases} cases | not measured as asked |"));
        }
        else
        {
            Row(md, F($"casebot-sqlite status lookup p99, C=50, ≥ 100k cases ({sqlite?.LookupCases ?? 0} here): < 10 ms"), lookup?.P99, 10, false, " ms");
        }

        var ticks = sqlite is { RealTicks: true } ? sqlite.Invoke : null;
        Row(md, F($"casebot-sqlite real tick (invoke) p99, C={options.InvokeConcurrency}: < 20 ms"), ticks?.P99, 20, false, " ms");
        if (sqlite?.Seed is { } seed)
        {
            var what = seed.Run.Conversations >= 100_000
                ? F($"casebot-sqlite RSS growth per 100k conversations ({seed.Run.Conversations} ran): < 30 MB")
                : F($"casebot-sqlite RSS growth per 100k conversations ({seed.Run.Conversations} ran in the time budget; linear extrapolation): < 30 MB");
            Row(md, what, seed.Run.Conversations >= 100_000 ? seed.Growth : seed.GrowthPer100K, 30, false, " MB");
        }
        else
        {
            Row(md, "casebot-sqlite RSS growth per 100k conversations: < 30 MB", null, 30, false, " MB");
        }

        // The live heap (dotnet-gcdump, after a full collection) when read; RSS also counts what the GC keeps in reserve.
        var memory = Find(BotTargets.CaseBotMemory)?.Seed;
        var heap = memory?.HeapBytesPerConversation;
        Row(md, F($"casebot-memory bytes per triaged conversation ({(heap is null ? "RSS" : "live heap")} growth ÷ {memory?.Run.Conversations ?? 0} conversations): < 2 KB"),
            (heap ?? memory?.BytesPerConversation) / 1024, 2, false, " KB");
    }

    private static void Row(StringBuilder md, string target, double? measured, double goal, bool higherIsBetter, string unit, bool inclusive = false)
    {
        var met = measured is { } m && (higherIsBetter ? m >= goal : inclusive ? m <= goal : m < goal);
        var verdict = measured is null ? "not measured" : met ? "met" : "**missed**";
        md.AppendLine(F($"| {target} | {(measured is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) + unit : "-")} | {verdict} |"));
    }

    private TargetResult? Find(string name) => results.FirstOrDefault(r => r.Name == name);

    private PointResult? Point(string name, int c) => Find(name)?.Points.FirstOrDefault(p => p.Concurrency == c);

    private double? Ratio(string a, string b, int c)
        => Point(a, c) is { } x && Point(b, c) is { TurnsPerSecond: > 0 } y ? x.TurnsPerSecond / y.TurnsPerSecond : null;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
