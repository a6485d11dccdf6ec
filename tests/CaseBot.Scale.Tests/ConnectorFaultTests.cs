using CaseBot.Bench.Driver;
using CaseBot.Scale.Tests.Support;
using Xunit.Abstractions;

namespace CaseBot.Scale.Tests;

/// <summary>
/// A Connector that throttles (429 with Retry-After) and fails now and then (503), under load on two instances: every turn's
/// replies and every queued message still get through, because the bot retries as Teams asks.
/// </summary>
[RequiresEnvironmentVariable(ScaleDatabase.Variable)]
public sealed class ConnectorFaultTests(ITestOutputHelper output)
{
    private const int Conversations = 60;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [ScaleFact]
    public async Task Triage_ConnectorThrottlesAndFails_AllRepliesAndMessagesDelivered()
    {
        const int notes = 200;
        await using var cluster = await ScaleCluster.StartAsync(instances: 2, new Dictionary<string, string>
        {
            // Faster 5xx backoff than production's 1 s, so the run stays short; Retry-After is honoured as sent (1 s).
            ["BotFramework__ConnectorRetry__BaseDelay"] = "00:00:00.200",
            ["Delivery__BaseBackoff"] = "00:00:01",
        });
        var faults = new ConnectorFaults { ThrottleEvery = 5, FailEvery = 7, RetryAfter = TimeSpan.FromSeconds(1) };
        cluster.Connector.Faults = faults;

        var run = await cluster.RunTriageAsync(Conversations, Window, during: async () =>
        {
            await Task.Delay(Window / 4);
            await cluster.Database.EnqueueNotesAsync(BenchIdentity.TenantId, notes);
        });
        var drained = await cluster.WaitForOutboxDrainedAsync(TimeSpan.FromSeconds(60));

        var saved = await cluster.Database.SavedCasesAsync();
        var unsent = await cluster.Database.UnsentOutboxAsync();
        var failed = await cluster.Database.FailedOutboxAsync();
        var (delivered, repeats) = cluster.Notes;
        output.WriteLine($"Connector answering 429 (Retry-After 1 s) to the first try of every 5th call and 503 to every 7th, per conversation: {faults.Throttled} throttled, {faults.Failed} failed");
        output.WriteLine("Two instances: " + run.Figures(Conversations, Window));
        output.WriteLine($"Cases in PostgreSQL: {saved}; outbox: {notes} notes queued, {delivered} delivered ({repeats} twice), {unsent} unsent, {failed} given up, drained {drained.TotalSeconds:F1} s after the load");
        Assert.True(faults.Throttled > 0 && faults.Failed > 0, "The Connector injected no faults.");
        Assert.True(run.Errors == 0, $"{run.Errors} errors; first: {run.Point.FirstError}\n{cluster.LogTails()}");
        Assert.Equal(run.Started, run.Completed);
        Assert.Equal(run.Completed, saved);
        Assert.Equal(0, run.Point.ExtraReplies);
        Assert.Equal(0, unsent);
        Assert.Equal(0, failed);
        Assert.Equal(notes, delivered);
    }
}
