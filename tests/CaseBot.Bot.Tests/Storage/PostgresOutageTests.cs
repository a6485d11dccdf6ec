using System.Net;
using System.Net.Http.Json;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// The real host on PostgreSQL while its server goes down and comes back: /healthz says so (a load balancer stops sending turns),
/// and the bot carries on afterwards without a restart. Runs on the restartable server; skipped unless scripts/postgres.sh started it.
/// </summary>
[Collection(RestartablePostgresCollection.Name)]
[RequiresEnvironmentVariable(RestartablePostgres.PgCtlVariable)]
public sealed class PostgresOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(30);
    private FakeConnector _connector = null!;
    private PostgresTestDatabase _database = null!;
    private IDisposable? _exclusive;

    public async Task InitializeAsync()
    {
        // The scale tests (another assembly, possibly running now) stop this server too.
        _exclusive = await RestartablePostgres.ExclusiveAsync();
        _connector = await FakeConnector.StartAsync();
        _database = await PostgresTestDatabase.CreateAsync(PostgresTestDatabase.RestartableVariable);
    }

    public async Task DisposeAsync()
    {
        // A failed test may have left the server down; the next test on it needs it up.
        await RestartablePostgres.EnsureStartedAsync();
        await _database.DisposeAsync();
        await _connector.DisposeAsync();
        _exclusive?.Dispose();
    }

    [StorageFact]
    public async Task Healthz_ServerStoppedThenStarted_UnhealthyThenHealthyAndTurnsWorkAgain()
    {
        await using var sut = new CaseBotFactory(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:CaseBot"] = _database.ConnectionString });
        using var client = sut.CreateClient();
        var up = await HealthAsync(client);
        await SendAsync(client, "new case");
        var replies = _connector.Activities.Count; // a turn's replies are sent before its HTTP response
        var saved = await StateRowsAsync(sut);

        await RestartablePostgres.StopAsync();
        var down = await HealthAsync(client);
        await RestartablePostgres.StartAsync();
        var restarted = TimeProvider.System.GetTimestamp();
        var back = await HealthAsync(client);
        while (back.Status != HttpStatusCode.OK && TimeProvider.System.GetElapsedTime(restarted) < RecoveryLimit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            back = await HealthAsync(client);
        }

        output.WriteLine($"PostgreSQL outage: /healthz {up} while up, {down} while down, {back} {TimeProvider.System.GetElapsedTime(restarted).TotalMilliseconds:F0} ms after the restart");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), up);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), down);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), back);
        Assert.True(saved > 0, "The first turn saved no conversation state in PostgreSQL.");
        await SendAsync(client, "help");
        Assert.True(replies > 0 && _connector.Activities.Count > replies, "A turn before or after the restart got no reply.");
    }

    private static async Task<(HttpStatusCode Status, string Body)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task SendAsync(HttpClient client, string text)
    {
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl,
            From = new ChannelAccount("29:user", "User", "aad-1"),
            Recipient = new ChannelAccount("28:bot", "CaseBot"),
            Conversation = new ConversationAccount("a:outage-test", "personal", "tenant-1"),
            Text = text,
        };
        using var response = await client.PostAsJsonAsync("/api/messages", message, BotJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<int> StateRowsAsync(CaseBotFactory host)
    {
        await using var db = await host.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.StateItems.CountAsync();
    }
}
