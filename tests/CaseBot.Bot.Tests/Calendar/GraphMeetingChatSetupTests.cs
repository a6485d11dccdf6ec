using System.Net;
using CaseBot.Bot.Calendar;
using CaseBot.Cases.CriticalCases;
using CaseBot.Tab;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>CaseBot into a booked meeting's chat with the case's tab, on the real Graph SDK over a fake Graph.</summary>
public sealed class GraphMeetingChatSetupTests
{
    private const string Chat = "19:meeting_NzA2YTFlMmQt@thread.v2";
    private const string Catalogue = """{"value":[{"id":"8d2a6f1b-catalogue","externalId":"6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01","displayName":"CaseBot"}]}""";
    private static readonly CaseReference Reference = CaseReference.Parse("HR-2026-0142");
    private readonly FakeGraphHandler _graph = new();

    [Fact]
    public async Task SetUpAsync_NewMeeting_InstallsTheAppFromTheCatalogueAndPinsTheCasesTab()
    {
        _graph.Respond(HttpStatusCode.OK, Catalogue).Respond(HttpStatusCode.Created, "{}").Respond(HttpStatusCode.OK, """{"value":[]}""")
            .Respond(HttpStatusCode.Created, "{}");

        var joined = await Create().SetUpAsync(Chat, Reference, default);

        Assert.True(joined);
        var (catalogue, install, tabs, pin) = (_graph.Requests[0], _graph.Requests[1], _graph.Requests[2], _graph.Requests[3]);
        Assert.Contains("externalId eq '6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01'", Uri.UnescapeDataString(catalogue.Uri.Query), StringComparison.Ordinal);
        Assert.Equal((HttpMethod.Post, $"/v1.0/chats/{Chat}/installedApps"), (install.Method, Uri.UnescapeDataString(install.Uri.AbsolutePath)));
        Assert.Contains("\"teamsApp@odata.bind\":\"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/8d2a6f1b-catalogue\"", install.Body, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Get, tabs.Method);
        Assert.Equal((HttpMethod.Post, $"/v1.0/chats/{Chat}/tabs"), (pin.Method, Uri.UnescapeDataString(pin.Uri.AbsolutePath)));
        Assert.Contains("\"contentUrl\":\"https://casebot.example.org/tab?case=HR-2026-0142\"", pin.Body, StringComparison.Ordinal);
        Assert.Contains("\"entityId\":\"case-HR-2026-0142\"", pin.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUpAsync_AlreadyInstalledAndPinned_IsDoneWithoutPinningAgain()
    {
        _graph.Respond(HttpStatusCode.OK, Catalogue)
            .Respond(HttpStatusCode.Conflict, """{"error":{"code":"Conflict","message":"App is already installed."}}""")
            .Respond(HttpStatusCode.OK, """{"value":[{"id":"tab-1","displayName":"Case HR-2026-0142","configuration":{"entityId":"case-HR-2026-0142"}}]}""");

        var joined = await Create().SetUpAsync(Chat, Reference, default);

        Assert.True(joined);
        Assert.Equal(3, _graph.Requests.Count);
    }

    [Fact]
    public async Task SetUpAsync_PermissionNotGranted_IsNotDoneAndThrowsNothing()
    {
        _graph.Respond(HttpStatusCode.OK, Catalogue)
            .Respond(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","message":"Missing role permissions."}}""");

        Assert.False(await Create().SetUpAsync(Chat, Reference, default));
    }

    [Fact]
    public async Task SetUpAsync_AppNotInTheCatalogue_IsNotDone()
    {
        _graph.Respond(HttpStatusCode.OK, """{"value":[]}""");

        Assert.False(await Create().SetUpAsync(Chat, Reference, default));
        Assert.Single(_graph.Requests);
    }

    [Theory]
    [InlineData(null, "casebot.example.org", Chat)]
    [InlineData("6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01", null, Chat)]
    [InlineData("6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01", "casebot.example.org", "19:someone@unq.gbl.spaces")]
    public async Task SetUpAsync_NoAppIdNoBoardOrNotAMeetingChat_AsksGraphNothing(string? appId, string? domain, string chat)
    {
        Assert.False(await Create(appId, domain).SetUpAsync(chat, Reference, default));
        Assert.Empty(_graph.Requests);
    }

    private GraphMeetingChatSetup Create(string? appId = "6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01", string? domain = "casebot.example.org")
        => new(
            GraphClientBuilder.Create(new AnonymousAuthenticationProvider(), _graph),
            Options.Create(new GraphOptions { TeamsAppId = appId }),
            Options.Create(new TabOptions { Domain = domain }),
            NullLogger<GraphMeetingChatSetup>.Instance);
}
