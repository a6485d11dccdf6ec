using System.Net;
using System.Net.Http.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Root;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Hosting;

/// <summary>
/// Issue 24's first finding on the real host over HTTP: identity comes only from what Teams vouches for. Another channel is refused
/// before any turn; a Teams activity without an Entra object id, whatever its from.id, gets no case data.
/// </summary>
public sealed class CallerIdentityHostTests : IAsyncLifetime
{
    private const string Tenant = "tenant-1";
    private const string Admin = "22222222-2222-2222-2222-222222222222";
    private const string Reference = "HR-2026-0142";
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Post_WebChatActivity_Returns403AndRunsNothing()
    {
        await using var sut = new CaseBotFactory(new() { ["Admin:ObjectIds:0"] = Admin });
        using var client = sut.CreateClient();
        var export = Message("export " + Reference, new ChannelAccount(Admin, "Admin"));
        export.ChannelId = "webchat";

        using var response = await client.PostAsJsonAsync("/api/messages", export, BotJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Post_TeamsActivityWithoutAadObjectId_GetsNoCaseData()
    {
        await using var sut = new CaseBotFactory(new() { ["Admin:ObjectIds:0"] = Admin });
        using var client = sut.CreateClient();
        await SeedAsync(sut.Services);

        using var response = await client.PostAsJsonAsync("/api/messages", Message("export " + Reference, new ChannelAccount(Admin, "Admin")), BotJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Equal(RootText.NotIdentified, reply.Text);
        Assert.True(reply.Attachments is null or { Count: 0 });
        var audit = await sut.Services.GetRequiredService<IAuditLog>().ForCaseAsync(Tenant, CaseReference.Parse(Reference), default);
        Assert.DoesNotContain(audit, r => r.Entry.Action is AuditAction.CaseExported or AuditAction.CaseLookup);
    }

    private static async Task SeedAsync(IServiceProvider services)
        => await services.GetRequiredService<ICaseRepository>().AddAsync(TestCriticalCases.Open(Reference, DateTimeOffset.UnixEpoch, tenant: Tenant), default);

    private Activity Message(string text, ChannelAccount from) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = _connector.ServiceUrl,
        From = from,
        Recipient = new ChannelAccount("28:bot", "CaseBot"),
        Conversation = new ConversationAccount("a:identity-test", "personal", Tenant),
        Text = text,
    };
}
