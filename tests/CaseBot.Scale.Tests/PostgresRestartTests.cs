using CaseBot.Bench.Driver;
using CaseBot.BotFramework.Builder;
using CaseBot.Scale.Tests.Support;
using CaseBot.TestSupport;
using Xunit.Abstractions;

namespace CaseBot.Scale.Tests;

/// <summary>
/// PostgreSQL restarted under two loaded instances (the restartable server of scripts/postgres.sh): both report unhealthy on
/// /healthz while it is down (a balancer stops sending them turns), healthy again without a restart of their own, and nothing is
/// lost: every conversation reaches its saved case, a turn that failed in the outage being sent again as a user would.
/// PostgresOutageTests covers one in-process host; this is the scaled-out, loaded case.
/// </summary>
[RequiresEnvironmentVariable(RestartablePostgres.PgCtlVariable)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const int Conversations = 30;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [ScaleFact]
    public async Task Triage_PostgresRestartedMidRun_UnhealthyThenHealthyAndNothingLost()
    {
        using var exclusive = await RestartablePostgres.ExclusiveAsync();
        try
        {
            await using var cluster = await ScaleCluster.StartAsync(instances: 2, serverVariable: RestartablePostgres.ConnectionVariable);
            var context = cluster.Context(failovers: 1, turnTimeout: TimeSpan.FromSeconds(10));
            using var recovered = new CancellationTokenSource();
            var next = 0;
            var walks = Task.WhenAll(Enumerable.Range(0, Conversations).Select(_ => WorkAsync(context, () => Interlocked.Increment(ref next), recovered.Token)));

            await Task.Delay(TimeSpan.FromSeconds(2));
            var before = await Task.WhenAll(cluster.Instances.Select(cluster.HealthAsync));
            await RestartablePostgres.StopAsync();
            var during = await WaitForAllAsync(cluster, 503);
            await Task.Delay(Outage);
            await RestartablePostgres.StartAsync();
            var restarted = TimeProvider.System.GetTimestamp();
            var after = await WaitForAllAsync(cluster, 200);
            var recovery = TimeProvider.System.GetElapsedTime(restarted);
            await recovered.CancelAsync();
            var results = (await walks).SelectMany(w => w).ToList();

            var completed = results.Count(r => r.Completed);
            var repeated = results.Sum(r => r.Repeated);
            var saved = await cluster.Database.SavedCasesAsync();
            output.WriteLine($"PostgreSQL stopped (-m fast) for {Outage.TotalSeconds:F0} s under {Conversations} conversations on two instances: /healthz " +
                $"{string.Join('/', before)} before, {string.Join('/', during)} while down, {string.Join('/', after)} {recovery.TotalMilliseconds:F0} ms after the restart");
            output.WriteLine($"{completed} of {results.Count} conversations completed, {results.Sum(r => r.Turns)} turns, {repeated} turns sent again after failing " +
                $"in the outage, {saved} cases in PostgreSQL" + (results.FirstOrDefault(r => !r.Completed)?.LastError is { } error ? "; " + error : string.Empty));
            Assert.All(before, status => Assert.Equal(200, status));
            Assert.All(during, status => Assert.Equal(503, status));
            Assert.All(after, status => Assert.Equal(200, status));
            Assert.True(completed == results.Count, cluster.LogTails());
            Assert.Equal(completed, saved);
        }
        finally
        {
            await RestartablePostgres.EnsureStartedAsync();
        }
    }

    // Waits (up to the limit) until every instance's /healthz answers the status; returns what each said last.
    private static async Task<int[]> WaitForAllAsync(ScaleCluster cluster, int status)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var statuses = await Task.WhenAll(cluster.Instances.Select(cluster.HealthAsync));
            if (statuses.All(s => s == status) || TimeProvider.System.GetElapsedTime(start) > Limit)
            {
                return statuses;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    // Walks conversations one after another until the database is back, then finishes the one under way.
    private static async Task<List<Walk>> WorkAsync(TargetContext context, Func<int> next, CancellationToken recovered)
    {
        var walks = new List<Walk>();
        while (!recovered.IsCancellationRequested)
        {
            walks.Add(await WalkAsync(context, next()));
        }

        return walks;
    }

    // One triage walk; a turn that fails (the database is down) is typed again, with a new activity id, after a pause.
    private static async Task<Walk> WalkAsync(TargetContext context, int n)
    {
        var slot = new ConversationSlot($"a:bench-{n}") { KeepBodies = true };
        var script = TriageScript.For(TriageScript.Reference(n));
        var walk = new Walk();
        var start = TimeProvider.System.GetTimestamp();
        context.Client.Connector.Register(slot);
        try
        {
            for (var i = 0; i < script.Count; i++)
            {
                for (var attempt = 0; ; attempt++)
                {
                    var activity = context.Writer.Message(slot.ConversationId, $"{n}-{i}-{attempt}", BenchIdentity.ManagerOf(n), script[i].Text);
                    var outcome = await context.Client.RunAsync(slot, activity, script[i], readBody: false, CancellationToken.None);
                    // The question can go out before the state save fails; the apology that follows means "send that again".
                    var apologised = slot.Bodies.Any(body => body.Contains(BotMessages.TurnFailed, StringComparison.Ordinal));
                    if (outcome.Ok && !apologised)
                    {
                        walk.Turns++;
                        break;
                    }

                    walk.LastError = outcome.Error ?? "the bot apologised";
                    if (TimeProvider.System.GetElapsedTime(start) > Limit)
                    {
                        return walk;
                    }

                    walk.Repeated++;
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
            }

            walk.Completed = true;
            return walk;
        }
        finally
        {
            context.Client.Connector.Unregister(slot);
        }
    }

    private sealed class Walk
    {
        public int Turns { get; set; }

        public int Repeated { get; set; }

        public bool Completed { get; set; }

        public string? LastError { get; set; }
    }
}
