using System.Globalization;
using System.Text;

namespace CaseBot.Bench.Driver;

/// <summary>Issue 10's targets against this run's figures: met, missed, or not measurable here.</summary>
internal sealed class TargetCheck(BenchOptions options, IReadOnlyList<TargetResult> results)
{
    public void AppendTo(StringBuilder md)
    {
        var c = options.Concurrency.Max();
        md.AppendLine().AppendLine(F($"Targets from issue 10 (at C={c} where the issue says C=200):")).AppendLine();
        md.AppendLine("| Target | Measured | |").AppendLine("|---|---|---|");
        Row(md, "casebot-memory ≥ 3× botbuilder-js turns/s", Ratio(BotTargets.CaseBotMemory, BotTargets.BotbuilderJs, c), 3, higherIsBetter: true, "×");
        Row(md, "casebot-memory ≥ 40% of kestrel-floor turns/s", Ratio(BotTargets.CaseBotMemory, BotTargets.KestrelFloor, c) * 100, 40, higherIsBetter: true, "%");
        Row(md, "casebot-sqlite ≥ 2× botbuilder-js turns/s", Ratio(BotTargets.CaseBotSqlite, BotTargets.BotbuilderJs, c), 2, higherIsBetter: true, "×");
        foreach (var name in new[] { BotTargets.CaseBotMemory, BotTargets.CaseBotSqlite })
        {
            Row(md, $"{name} turn p99 < 10 ms (driver-measured, closed loop: includes queueing)", Point(name, c)?.P99, 10, higherIsBetter: false, " ms");
            if (Find(name)?.Server is { } server)
            {
                Row(md, $"{name} turn p99 < 10 ms (server-side, http.server.request.duration)", server.P99, 10, higherIsBetter: false, " ms");
            }

            var invoke = Find(name);
            if (invoke?.Invoke is { } i)
            {
                Row(md, $"{name} invoke (Action.Execute) p99 < 50 ms at C={options.InvokeConcurrency}", i.P99, 50, higherIsBetter: false, " ms");
            }
            else if (invoke is not null)
            {
                md.AppendLine(F($"| {name} invoke (Action.Execute) p99 < 50 ms | n/a | not measurable: {invoke.InvokeNote ?? "not run"} |"));
            }

            foreach (var lookup in Find(name)?.Lookups ?? [])
            {
                Row(md, F($"{name} status lookup p99 < 20 ms (C={lookup.Concurrency}, {Find(name)!.LookupCases} cases)"), lookup.P99, 20, higherIsBetter: false, " ms");
            }

            if (Find(name)?.Seed is { } seed)
            {
                var target = seed.Run.Conversations >= 100_000
                    ? F($"{name} RSS grows < 50 MB over 100k conversations ({seed.Run.Conversations} ran)")
                    : F($"{name} RSS grows < 50 MB over 100k conversations (only {seed.Run.Conversations} ran in the time budget; linear extrapolation)");
                Row(md, target, seed.Run.Conversations >= 100_000 ? seed.Growth : seed.GrowthPer100K, 50, higherIsBetter: false, " MB");
            }
        }
    }

    private static void Row(StringBuilder md, string target, double? measured, double goal, bool higherIsBetter, string unit)
    {
        var verdict = measured is not { } m ? "not measured" : (higherIsBetter ? m >= goal : m < goal) ? "met" : "**missed**";
        md.AppendLine(F($"| {target} | {(measured is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) + unit : "-")} | {verdict} |"));
    }

    private TargetResult? Find(string name) => results.FirstOrDefault(r => r.Name == name);

    private PointResult? Point(string name, int c) => Find(name)?.Points.FirstOrDefault(p => p.Concurrency == c);

    private double? Ratio(string a, string b, int c)
        => Point(a, c) is { } x && Point(b, c) is { TurnsPerSecond: > 0 } y ? x.TurnsPerSecond / y.TurnsPerSecond : null;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
