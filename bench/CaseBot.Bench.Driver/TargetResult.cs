namespace CaseBot.Bench.Driver;

/// <summary>Everything measured on one bot.</summary>
internal sealed record TargetResult(string Name)
{
    public List<PointResult> Points { get; } = [];

    public List<PointResult> Lookups { get; } = [];

    public long LookupCases { get; set; }

    /// <summary>The case board's views over the same cases (<see cref="BoardWorkload"/>).</summary>
    public List<BoardWorkload.BoardPoint> Board { get; } = [];

    public PointResult? Invoke { get; set; }

    /// <summary>Why there is no invoke figure (e.g. the bot does not handle adaptiveCard/action yet).</summary>
    public string? InvokeNote { get; set; }

    public SeedResult? Seed { get; set; }

    /// <summary>Cases with open actions seeded before the bot started (SQLite), ticked by the invoke point.</summary>
    public IReadOnlyList<SeededCase> Seeded { get; set; } = [];

    /// <summary>The invoke point ticked real open actions (else: refusals for ids the bot does not know).</summary>
    public bool RealTicks { get; set; }

    /// <summary>The machine just before the bot started: load average, other load, steal.</summary>
    public MachineLoad Before { get; set; } = MachineLoad.Unknown;

    /// <summary>Seconds the bot kept a core busy after it answered its first conversation (its start-up work), before the points.</summary>
    public double SettleSeconds { get; set; }

    /// <summary>Peak resident memory (VmHWM, MB) when the concurrency points were done, and at the end.</summary>
    public double PeakAfterPoints { get; set; }

    public double PeakAtEnd { get; set; }

    public string? Failure { get; set; }

    /// <summary>The bot's own request durations at the top concurrency (.NET bots, when dotnet-counters is available).</summary>
    public ServerTimings? Server { get; set; }

    /// <summary>The machine's 1-minute load average when the bot started and when it was stopped (other work skews the figures).</summary>
    public (double Start, double End) Load { get; set; }

    public long TotalErrors => Points.Concat(Lookups).Concat(Board.Select(b => b.Point)).Append(Invoke).Append(Seed?.Run).Sum(p => p is null ? 0 : p.Errors + p.WarmUpErrors);
}
