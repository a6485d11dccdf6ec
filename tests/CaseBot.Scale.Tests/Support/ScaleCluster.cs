using System.Collections.Concurrent;
using System.Text;
using CaseBot.Bench.Driver;
using Npgsql;

namespace CaseBot.Scale.Tests.Support;

/// <summary>
/// N real CaseBot processes (Release build, local mode: no auth, loopback only) on one fresh PostgreSQL database, replying to the
/// bench driver's fake Connector, which also counts every proactive note it is given.
/// </summary>
internal sealed class ScaleCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    // Generous: on a busy 2-core machine a turn under 200-conversation load can take many seconds; an error must mean lost, not slow.
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, int> _notes = new(StringComparer.Ordinal);
    private readonly string _work;

    private ScaleCluster(ScaleDatabase database, FakeConnector connector, HttpClient http, string work)
    {
        Database = database;
        Connector = connector;
        Http = http;
        _work = work;
        Connector.Tap = OnActivity;
    }

    public ScaleDatabase Database { get; }

    public FakeConnector Connector { get; }

    public HttpClient Http { get; }

    public List<BotProcess> Instances { get; } = [];

    public IReadOnlyList<Uri> MessagesUrls => [.. Instances.Select(i => i.MessagesUrl)];

    /// <summary>Distinct notes the Connector accepted, and how many of its acceptances were repeats.</summary>
    public (int Distinct, int Repeats) Notes => (_notes.Count, _notes.Values.Sum(n => n - 1));

    /// <param name="instances">How many bot processes to start.</param>
    /// <param name="settings">Extra bot settings (environment variable names, e.g. <c>Delivery__LeaseDuration</c>).</param>
    /// <param name="serverVariable">The variable naming the PostgreSQL server (the shared one, or the restartable one).</param>
    public static async Task<ScaleCluster> StartAsync(
        int instances, IReadOnlyDictionary<string, string>? settings = null, string serverVariable = ScaleDatabase.Variable)
    {
        var database = await ScaleDatabase.CreateAsync(serverVariable);
        var connector = await FakeConnector.StartAsync();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
        var work = Directory.CreateTempSubdirectory("casebot-scale-").FullName;
        var cluster = new ScaleCluster(database, connector, http, work);
        try
        {
            var target = Target(database, connector, settings);
            for (var i = 0; i < instances; i++)
            {
                cluster.Instances.Add(BotProcess.Start(target with { Name = $"casebot-{(char)('a' + i)}" }, work));
            }

            // They migrate the fresh database together; its advisory lock makes them take turns.
            await Task.WhenAll(cluster.Instances.Select(b => b.WaitUntilReadyAsync(http, StartLimit, CancellationToken.None)));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Round-robin over the instances; a POST that fails is sent to the next one up to <paramref name="failovers"/> times.</summary>
    public TargetContext Context(int failovers = 0, TimeSpan? turnTimeout = null)
    {
        var client = new TurnClient(Http, Connector, new BotEndpoints(MessagesUrls)) { Failovers = failovers, Timeout = turnTimeout ?? TurnTimeout };
        return new TargetContext(Target(Database, Connector, null), Instances[0], client, new ActivityWriter(Connector.ServiceUrl));
    }

    /// <summary>
    /// <paramref name="concurrency"/> closed-loop conversations walking the triage for <paramref name="window"/>; then no new ones,
    /// but those under way finish. <paramref name="during"/> runs alongside (faults).
    /// </summary>
    public async Task<ScaleRun> RunTriageAsync(int concurrency, TimeSpan window, int failovers = 0, Func<Task>? during = null)
    {
        var context = Context(failovers);
        var load = LoadRunner.UntilDoneAsync(concurrency, Workloads.Triage(context, long.MaxValue), window, CancellationToken.None);
        var side = during?.Invoke() ?? Task.CompletedTask;
        var point = await load;
        await side;
        return new ScaleRun(point, context.LastConversation, context.SavedCases().Length);
    }

    /// <summary>Waits until every queued outbox message is sent (or given up), up to <paramref name="limit"/>; returns how long it took.</summary>
    public async Task<TimeSpan> WaitForOutboxDrainedAsync(TimeSpan limit)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (await Database.UnsentOutboxAsync() > 0 && TimeProvider.System.GetElapsedTime(start) < limit)
        {
            await Task.Delay(200);
        }

        return TimeProvider.System.GetElapsedTime(start);
    }

    /// <summary>/healthz of one instance: its status code, or 0 when it does not answer.</summary>
    public async Task<int> HealthAsync(BotProcess instance)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{instance.Port}/healthz"));
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>How many lines of the instances' logs contain <paramref name="text"/> (e.g. a warning's message).</summary>
    public int CountInLogs(string text)
        => Instances.Where(i => File.Exists(i.LogPath)).Sum(i => File.ReadLines(i.LogPath).Count(line => line.Contains(text, StringComparison.Ordinal)));

    /// <summary>The last lines of each instance's log, for a failure message.</summary>
    public string LogTails(int lines = 15)
    {
        var text = new StringBuilder();
        foreach (var instance in Instances)
        {
            text.AppendLine($"--- {instance.LogPath}");
            if (File.Exists(instance.LogPath))
            {
                foreach (var line in File.ReadLines(instance.LogPath).TakeLast(lines))
                {
                    text.AppendLine(line.Length > 400 ? line[..400] : line);
                }
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        await Connector.DisposeAsync();
        Http.Dispose();
        NpgsqlConnection.ClearAllPools();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static BotTarget Target(ScaleDatabase database, FakeConnector connector, IReadOnlyDictionary<string, string>? settings)
    {
        // Rate limits out of reach: the driver plays many managers of one tenant from one address, far faster than people.
        var environment = new Dictionary<string, string>(BenchRateLimits.Raised, StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = string.Empty,
            ["BotFramework__LocalMode"] = "true",
            ["Storage__Provider"] = "Postgres",

            // Two instances share a server whose max_connections is 300; each keeps its pool well under half of it.
            ["ConnectionStrings__CaseBot"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 60 }.ConnectionString,
            ["Delivery__DefaultServiceUrl"] = connector.ServiceUrl.ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var dll = BotBuild.Dll;
        return new BotTarget("casebot", "dotnet", [dll, "--urls", "http://127.0.0.1:{port}"], environment, Path.GetDirectoryName(dll)!, Scripted: true, HasStatus: true);
    }

    private void OnActivity(string conversationId, ReadOnlySpan<byte> body)
    {
        if (conversationId.StartsWith("a:outbox-", StringComparison.Ordinal))
        {
            _notes.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        }
    }
}
