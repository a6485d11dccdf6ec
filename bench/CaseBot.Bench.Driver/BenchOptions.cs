using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>What to run: which bots, at which concurrency, for how long, and where the report goes.</summary>
internal sealed record BenchOptions
{
    public bool Quick { get; init; }

    public bool Dump { get; init; }

    public string? CaseBotDll { get; init; }

    public string? FloorDll { get; init; }

    public string? BotbuilderJsDir { get; init; }

    public IReadOnlyList<string> Targets { get; init; } = BotTargets.All;

    public IReadOnlyList<int> Concurrency { get; init; } = [1, 50, 200];

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Conversations that each run a triage (and so seed one case) between the two RSS readings.</summary>
    public int Cases { get; init; } = 100_000;

    /// <summary>Seeding stops after this long even if fewer than <see cref="Cases"/> conversations ran (SQLite is slow); zero: no limit.</summary>
    public TimeSpan SeedBudget { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>Concurrency while seeding the cases (throughput matters, not latency).</summary>
    public int SeedConcurrency { get; init; } = 200;

    public IReadOnlyList<int> LookupConcurrency { get; init; } = [1, 50];

    public int InvokeConcurrency { get; init; } = 50;

    /// <summary>Which targets also get the seeding/RSS phase (the stateless floor never does).</summary>
    public IReadOnlyList<string> SeedTargets { get; init; } = [BotTargets.CaseBotMemory, BotTargets.CaseBotSqlite];

    public string Output { get; init; } = "bench/results/latest.md";

    public string WorkDir { get; init; } = Path.Combine(Path.GetTempPath(), "casebot-bench");

    public string Commit { get; init; } = "unknown";

    /// <summary>Extra environment for every bot (KEY=VALUE), e.g. a log level or a GC setting for an experiment.</summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra command-line arguments for the .NET bots, e.g. --Logging:LogLevel:Microsoft.EntityFrameworkCore=Information.</summary>
    public IReadOnlyList<string> BotArguments { get; init; } = [];

    /// <summary>The dotnet-counters tool, if installed: the .NET bots' own request durations at the top concurrency (server-side view).</summary>
    public string? Counters { get; init; }

    /// <summary>The dotnet-gcdump tool, if installed: the .NET bots' live managed heap before and after the seeding.</summary>
    public string? GcDump { get; init; }

    /// <summary>Bots on the last core, driver and fake Connector on the others (taskset); on by default with 2 cores or more.</summary>
    public bool Pin { get; init; }

    /// <summary>Other load (cores busy outside the benchmark) above which a point is marked noisy and run once more.</summary>
    public double NoisyAbove { get; init; } = 0.3;

    /// <summary>How long the machine is watched before each point (the benchmark idle) to tell its other load.</summary>
    public TimeSpan QuietSample { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Full runs append their summary line here, so a regression shows across commits.</summary>
    public string History { get; init; } = "bench/results/history.md";

    /// <summary>Cases seeded into the SQLite file, each with <see cref="TickSeed.ActionsPerCase"/> open actions, for the real-tick invoke point.</summary>
    public int TickCases { get; init; } = 100_000;

    /// <summary>The core the bots run on when pinned (the last one); the driver keeps the others.</summary>
    public static int BotCore => MachineInfo.Cores - 1;

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var o = quick
            ? new BenchOptions
            {
                Quick = true,
                Concurrency = [1, 50],
                WarmUp = TimeSpan.FromSeconds(1),
                Measure = TimeSpan.FromSeconds(1.5),
                Cases = 40,
                SeedBudget = TimeSpan.FromSeconds(10),
                SeedConcurrency = 20,
                LookupConcurrency = [50],
                QuietSample = TimeSpan.FromSeconds(0.3),
                TickCases = 300,
            }
            : new BenchOptions();
        o = o with { Pin = MachineInfo.Cores >= 2 };
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            o = args[i] switch
            {
                "--quick" => o,
                "--dump" => o with { Dump = true },
                "--casebot" => o with { CaseBotDll = Next(ref i, value) },
                "--floor" => o with { FloorDll = Next(ref i, value) },
                "--botbuilder-js" => o with { BotbuilderJsDir = Next(ref i, value) },
                "--targets" => o with { Targets = List(Next(ref i, value)) },
                "--seed-targets" => o with { SeedTargets = List(Next(ref i, value)) },
                "--concurrency" => o with { Concurrency = Ints(Next(ref i, value)) },
                "--lookup-concurrency" => o with { LookupConcurrency = Ints(Next(ref i, value)) },
                "--invoke-concurrency" => o with { InvokeConcurrency = int.Parse(Next(ref i, value), CultureInfo.InvariantCulture) },
                "--warmup" => o with { WarmUp = Seconds(Next(ref i, value)) },
                "--measure" => o with { Measure = Seconds(Next(ref i, value)) },
                "--cases" => o with { Cases = int.Parse(Next(ref i, value), CultureInfo.InvariantCulture) },
                "--seed-seconds" => o with { SeedBudget = Seconds(Next(ref i, value)) },
                "--seed-concurrency" => o with { SeedConcurrency = int.Parse(Next(ref i, value), CultureInfo.InvariantCulture) },
                "--out" => o with { Output = Next(ref i, value) },
                "--work" => o with { WorkDir = Next(ref i, value) },
                "--commit" => o with { Commit = Next(ref i, value) },
                "--counters" => o with { Counters = Next(ref i, value) },
                "--gcdump" => o with { GcDump = Next(ref i, value) },
                "--pin" => o with { Pin = true },
                "--no-pin" => o with { Pin = false },
                "--noisy-above" => o with { NoisyAbove = double.Parse(Next(ref i, value), CultureInfo.InvariantCulture) },
                "--history" => o with { History = Next(ref i, value) },
                "--tick-cases" => o with { TickCases = int.Parse(Next(ref i, value), CultureInfo.InvariantCulture) },
                "--bot-arg" => o with { BotArguments = [.. o.BotArguments, Next(ref i, value)] },
                "--bot-env" => o with { BotEnvironment = With(o.BotEnvironment, Next(ref i, value)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. See bench/README.md."),
            };
        }

        return o;
    }

    private static string Next(ref int i, string? value)
    {
        i++;
        return value ?? throw new ArgumentException("An option is missing its value.");
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment, string pair)
    {
        var split = pair.IndexOf('=', StringComparison.Ordinal);
        return split <= 0
            ? throw new ArgumentException("--bot-env wants KEY=VALUE.")
            : new Dictionary<string, string>(environment) { [pair[..split]] = pair[(split + 1)..] };
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int[] Ints(string value) => [.. List(value).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
