namespace CaseBot.Bench.Driver;

/// <summary>The four bots measured in one run: CaseBot twice (memory, SQLite), the botbuilder JS peer and the Kestrel floor.</summary>
internal static class BotTargets
{
    public const string CaseBotMemory = "casebot-memory";
    public const string CaseBotSqlite = "casebot-sqlite";
    public const string BotbuilderJs = "botbuilder-js";
    public const string KestrelFloor = "kestrel-floor";

    public static IReadOnlyList<string> All { get; } = [CaseBotMemory, CaseBotSqlite, BotbuilderJs, KestrelFloor];

    public static BotTarget Create(string name, BenchOptions options)
    {
        var target = Known(name, options);
        var environment = new Dictionary<string, string>(target.Environment);
        foreach (var (key, value) in options.BotEnvironment)
        {
            environment[key] = value;
        }

        return target with
        {
            Environment = environment,
            Arguments = target.FileName == "dotnet" ? [.. target.Arguments, .. options.BotArguments] : target.Arguments,
        };
    }

    private static BotTarget Known(string name, BenchOptions options) => name switch
    {
        CaseBotMemory => CaseBot(name, options, "Memory"),
        CaseBotSqlite => CaseBot(name, options, "Sqlite"),
        BotbuilderJs => new BotTarget(
            name,
            "node",
            [Path.Combine(Required(options.BotbuilderJsDir, "--botbuilder-js"), "index.js")],
            new Dictionary<string, string> { ["PORT"] = "{port}", ["NODE_ENV"] = "production" },
            Required(options.BotbuilderJsDir, "--botbuilder-js"),
            Scripted: true,
            HasStatus: false),
        KestrelFloor => new BotTarget(
            name,
            "dotnet",
            [Required(options.FloorDll, "--floor"), "--urls", "http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            Path.GetDirectoryName(Required(options.FloorDll, "--floor"))!,
            Scripted: false,
            HasStatus: false),
        _ => throw new ArgumentException($"Unknown target {name}; known: {string.Join(", ", All)}."),
    };

    // Local mode (opted into, no MicrosoftAppId): no authentication, loopback callers only, replies to the loopback serviceUrl without a
    // token. Rate limits out of reach: the driver is not people.
    private static BotTarget CaseBot(string name, BenchOptions options, string provider) => new(
        name,
        "dotnet",
        [Required(options.CaseBotDll, "--casebot"), "--urls", "http://127.0.0.1:{port}"],
        new Dictionary<string, string>(BenchRateLimits.Raised)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = string.Empty,
            ["BotFramework__LocalMode"] = "true",
            ["Storage__Provider"] = provider,
            ["Storage__SqlitePath"] = "{work}/casebot.db",
        },
        Path.GetDirectoryName(Required(options.CaseBotDll, "--casebot"))!,
        Scripted: true,
        HasStatus: true);

    private static string Required(string? value, string option)
        => Path.GetFullPath(value ?? throw new ArgumentException($"Option {option} is needed for this target."));
}
