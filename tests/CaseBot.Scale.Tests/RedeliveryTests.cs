using System.Net.Http.Headers;
using CaseBot.Bench.Driver;
using CaseBot.Scale.Tests.Support;
using Xunit.Abstractions;

namespace CaseBot.Scale.Tests;

/// <summary>
/// Teams redelivers an activity when the bot was slow or the answer was lost, and behind a balancer the copy can reach another
/// instance. Every message of many triage conversations is posted to both instances at once, then once more after it was answered:
/// each is processed once (its replies arrive once) and every conversation still walks to its saved case.
/// </summary>
[RequiresEnvironmentVariable(ScaleDatabase.Variable)]
public sealed class RedeliveryTests(ITestOutputHelper output)
{
    private const int Conversations = 20;

    [ScaleFact]
    public async Task Triage_EveryActivityDeliveredToBothInstancesAndAgainLater_EachProcessedOnce()
    {
        await using var cluster = await ScaleCluster.StartAsync(instances: 2);
        var writer = new ActivityWriter(cluster.Connector.ServiceUrl);
        var urls = cluster.MessagesUrls;
        var results = await Task.WhenAll(Enumerable.Range(1, Conversations).Select(n => WalkAsync(cluster, writer, urls, n)));

        var posts = results.Sum(r => r.Posts);
        var turns = results.Sum(r => r.Turns);
        var repeated = results.Sum(r => r.RepeatedReplies);
        var failures = results.Where(r => r.Failure is not null).Select(r => r.Failure).ToList();
        var saved = await cluster.Database.SavedCasesAsync();
        output.WriteLine($"Redelivery: {Conversations} conversations, {turns} turns, each activity posted to both instances at once and then once more " +
            $"({posts} posts): {repeated} replies repeated, {failures.Count} conversations failed, {saved} cases saved");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(5)) + "\n" + cluster.LogTails());
        Assert.Equal(0, repeated);
        Assert.Equal(Conversations * TriageScript.For("x").Count, turns);
        Assert.Equal(Conversations, saved);
    }

    private static async Task<Walk> WalkAsync(ScaleCluster cluster, ActivityWriter writer, IReadOnlyList<Uri> urls, int n)
    {
        var slot = new ConversationSlot($"a:bench-{n}");
        var script = TriageScript.For(TriageScript.Reference(n));
        var walk = new Walk();
        cluster.Connector.Register(slot);
        try
        {
            for (var i = 0; i < script.Count; i++)
            {
                var turn = script[i];
                var activity = writer.Message(slot.ConversationId, $"{n}-{i}", BenchIdentity.ManagerOf(n), turn.Text);
                var replies = slot.Begin(turn.ExpectedReplies, turn.MarkerBytes);

                // Both copies at once: one runs the turn, the other waits for its claim and is dropped.
                await Task.WhenAll(urls.Select(url => PostAsync(cluster.Http, url, activity)));

                // A turn's replies are sent before its HTTP answer, so by now they are all in; a late copy must add none.
                await PostAsync(cluster.Http, urls[(n + i) % urls.Count], activity);
                walk.Posts += urls.Count + 1;
                await replies.WaitAsync(TimeSpan.FromSeconds(30));
                if (!slot.MarkerSeen)
                {
                    walk.Failure = $"conversation {n}, turn '{turn.Text}': no reply said '{turn.Marker}'; last: {slot.LastBody()}";
                    return walk;
                }

                walk.Turns++;
                walk.RepeatedReplies += slot.Replies - turn.ExpectedReplies;
            }

            return walk;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException)
        {
            walk.Failure = $"conversation {n}: {ex.GetType().Name} {ex.Message}";
            return walk;
        }
        finally
        {
            cluster.Connector.Unregister(slot);
        }
    }

    private static async Task PostAsync(HttpClient http, Uri url, byte[] activity)
    {
        using var content = new ByteArrayContent(activity);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(url, content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode} from {url}");
        }
    }

    private sealed class Walk
    {
        public int Posts { get; set; }

        public int Turns { get; set; }

        public int RepeatedReplies { get; set; }

        public string? Failure { get; set; }
    }
}
