using System.Net;
using System.Net.Http.Json;
using CaseBot.Bot.RateLimits;
using CaseBot.Bot.Tests.Support;
using CaseBot.Bot.Tests.Tab;
using CaseBot.BotFramework.Schema;
using CaseBot.TestSupport;

namespace CaseBot.Bot.Tests.Hosting;

/// <summary>
/// The host's rate limits over HTTP, with small buckets that do not refill during a test: past the limit a caller gets 429 with
/// Retry-After and nothing runs; another caller, or another tenant, is not held up by them.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Tenant = "tenant-1";
    private const string Alice = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string Bob = "bbbbbbbb-0000-4000-8000-000000000002";
    private const string Carol = "cccccccc-0000-4000-8000-000000000003";
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Messages_PastTheCallersLimit_429WithRetryAfterAndNoTurn()
    {
        await using var sut = new CaseBotFactory(Limits("Messages:PerCaller", 2));
        using var client = sut.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/messages", Help(Alice), BotJson.Options));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var retryAfter = answers[2].Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal("application/problem+json", answers[2].Content.Headers.ContentType?.MediaType);
        await _connector.WaitForActivitiesAsync(2);
        Assert.Equal(2, _connector.Activities.Count);
    }

    [Fact]
    public async Task Messages_OneCallerLimited_AnotherCallerIsServed()
    {
        await using var sut = new CaseBotFactory(Limits("Messages:PerCaller", 1));
        using var client = sut.CreateClient();
        using (await client.PostAsJsonAsync("/api/messages", Help(Alice), BotJson.Options))
        {
        }

        using var limited = await client.PostAsJsonAsync("/api/messages", Help(Alice), BotJson.Options);
        using var other = await client.PostAsJsonAsync("/api/messages", Help(Bob), BotJson.Options);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Messages_PastTheTenantsLimit_EveryoneInItWaits_AnotherTenantIsServed()
    {
        await using var sut = new CaseBotFactory(Limits("Messages:PerTenant", 2));
        using var client = sut.CreateClient();
        using (await client.PostAsJsonAsync("/api/messages", Help(Alice), BotJson.Options))
        using (await client.PostAsJsonAsync("/api/messages", Help(Bob), BotJson.Options))
        {
        }

        using var limited = await client.PostAsJsonAsync("/api/messages", Help(Carol), BotJson.Options);
        using var elsewhere = await client.PostAsJsonAsync("/api/messages", Help(Carol, "tenant-2"), BotJson.Options);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Board_PastTheUsersLimit_429WithRetryAfter_AnotherUserIsServed()
    {
        const int limit = 5;
        await using var host = new TabHost(Limits("Board:PerCaller", limit));
        using var lead = await host.SignInAsync(TabPeople.LeadId);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < limit + 1; i++)
        {
            statuses.Add((await lead.GetAsync("/tab/cases")).StatusCode);
        }

        using var clinician = await host.SignInAsync(TabPeople.ClinicianId);
        var other = await clinician.GetAsync("/tab/cases");

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotNull(lead.Last!.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public void Defaults_ABusyPersonsBurstFitsWithRoomToSpare()
    {
        var sut = new RateLimitOptions();

        // Dozens of card refreshes on opening a chat on two devices, then ten ticks; a page and its assets several times over.
        Assert.True(sut.Messages.PerCaller.TokenLimit >= 100);
        Assert.True(sut.Board.PerCaller.TokenLimit >= 200);
        Assert.True(sut.Messages.PerTenant.TokenLimit > sut.Messages.PerCaller.TokenLimit * 10);
    }

    // A bucket that holds `limit` requests and does not refill within a test.
    private static Dictionary<string, string?> Limits(string bucket, int limit) => new()
    {
        [$"RateLimits:{bucket}:TokenLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"RateLimits:{bucket}:TokensPerPeriod"] = "1",
        [$"RateLimits:{bucket}:ReplenishmentPeriod"] = "01:00:00",
    };

    private Activity Help(string aadObjectId, string tenant = Tenant) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = _connector.ServiceUrl,
        From = new ChannelAccount("29:" + aadObjectId, "Someone", aadObjectId),
        Recipient = new ChannelAccount("28:bot", "CaseBot"),
        Conversation = new ConversationAccount("a:" + aadObjectId, "personal", tenant),
        Text = "help",
    };
}
