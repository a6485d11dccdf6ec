using System.Net;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Tests.Authentication;

/// <summary>
/// Which tenants a bot serves, over HTTP with valid channel tokens: a single-tenant or managed-identity bot its own tenant only; a
/// multi-tenant bot the tenants of BotFramework:AllowedTenants, or every tenant (with a warning at start) when that is empty; local
/// mode, which has no tenant, any tenant unless a list is set.
/// </summary>
public sealed class TenantAccessTests : IAsyncLifetime
{
    private const string Ours = "5d4c3b2a-0000-4000-8000-000000000001";
    private const string Theirs = "5d4c3b2a-0000-4000-8000-000000000002";
    private FakeChannelIssuer _issuer = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeChannelIssuer.StartAsync();
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    public static TheoryData<string, string, string?, string, HttpStatusCode> Matrix => new()
    {
        // App type, tenant id, allowed tenants, the activity's tenant, answer.
        { "SingleTenant", Ours, null, Ours, HttpStatusCode.OK },
        { "SingleTenant", Ours, null, Ours.ToUpperInvariant(), HttpStatusCode.OK },
        { "SingleTenant", Ours, null, Theirs, HttpStatusCode.Forbidden },
        { "SingleTenant", Ours, Theirs, Theirs, HttpStatusCode.Forbidden },
        { "UserAssignedMSI", Ours, null, Theirs, HttpStatusCode.Forbidden },
        { "MultiTenant", string.Empty, Ours, Ours, HttpStatusCode.OK },
        { "MultiTenant", string.Empty, Ours, Theirs, HttpStatusCode.Forbidden },
        { "MultiTenant", string.Empty, null, Theirs, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Post_ActivityOfATenant_ServedOnlyWhereTheBotServesIt(string appType, string appTenant, string? allowed, string tenant, HttpStatusCode expected)
    {
        await using var sut = await StartAsync(appType, appTenant, allowed);

        using var response = await sut.PostAsync(Message(tenant), "Bearer " + _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, sut.Bot.Turns);
    }

    [Fact]
    public async Task StartAsync_MultiTenantWithoutAllowList_WarnsThatEveryTenantIsServed()
    {
        await using var sut = await StartAsync("MultiTenant", string.Empty, allowed: null);

        Assert.Contains(sut.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("BotFramework:AllowedTenants is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MultiTenant", "", Ours)]
    [InlineData("SingleTenant", Ours, null)]
    public async Task StartAsync_TenantsBounded_NoWarning(string appType, string appTenant, string? allowed)
    {
        await using var sut = await StartAsync(appType, appTenant, allowed);

        Assert.DoesNotContain(sut.Logs.Entries, e => e.Message.Contains("AllowedTenants is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, Theirs, HttpStatusCode.OK)]
    [InlineData(Ours, Ours, HttpStatusCode.OK)]
    [InlineData(Ours, Theirs, HttpStatusCode.Forbidden)]
    public async Task Post_LocalMode_AnyTenantUnlessAListIsSet(string? allowed, string tenant, HttpStatusCode expected)
    {
        await using var sut = await BotHost.StartAsync(appId: null, settings: allowed is null ? null : new() { ["BotFramework:AllowedTenants:0"] = allowed });

        using var response = await sut.PostAsync(Message(tenant));

        Assert.Equal(expected, response.StatusCode);
    }

    private Task<BotHost> StartAsync(string appType, string appTenant, string? allowed)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = appTenant,
            ["MicrosoftAppPassword"] = appType == "UserAssignedMSI" ? string.Empty : "not-used",
        };
        if (allowed is not null)
        {
            settings["BotFramework:AllowedTenants:0"] = allowed;
        }

        return BotHost.StartAsync(BotHost.AppId, _issuer.MetadataUrl, settings);
    }

    // A conversationUpdate runs a turn without sending anything, so the answer is the admission's alone.
    private Activity Message(string tenant)
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Conversation = new ConversationAccount("a:conversation-1", "personal", tenant);
        activity.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = tenant } });
        return activity;
    }
}
