using System.Net;
using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;

namespace CaseBot.BotFramework.Tests.Authentication;

/// <summary>
/// The inbound auth matrix, end to end over HTTP against a loopback OpenID issuer: bad tokens get 401; good tokens for an activity the
/// bot does not serve (another channel, another tenant, a serviceUrl it does not send to) get 403. Neither runs a turn or touches state.
/// </summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private FakeChannelIssuer _issuer = null!;
    private FakeConnector _connector = null!;
    private BotHost _sut = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeChannelIssuer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _sut = await BotHost.StartAsync(BotHost.AppId, _issuer.MetadataUrl);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidToken_Returns200AndRunsTheTurn()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        var token = _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl);

        using var response = await _sut.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _sut.Bot.Turns);
    }

    public static TheoryData<string, Func<FakeChannelIssuer, string, string?>> Rejected => new()
    {
        { "missing header", (_, _) => null },
        { "wrong scheme", (i, url) => "Basic " + i.CreateToken(BotHost.AppId, url) },
        { "three parts", (i, url) => "Bearer " + i.CreateToken(BotHost.AppId, url) + " extra" },
        { "garbage token", (_, _) => "Bearer not-a-jwt" },
        { "bad signature", (i, url) => { using var other = SigningKey.Create(i.CurrentKey.KeyId, "msteams"); return "Bearer " + i.CreateToken(BotHost.AppId, url, signWith: other); } },
        { "expired", (i, url) => "Bearer " + i.CreateToken(BotHost.AppId, url, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "not yet valid", (i, url) => "Bearer " + i.CreateToken(BotHost.AppId, url, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)) },
        { "wrong audience", (i, url) => "Bearer " + i.CreateToken("99999999-0000-0000-0000-000000000000", url) },
        { "wrong issuer", (i, url) => "Bearer " + i.CreateToken(BotHost.AppId, url, issuer: "https://evil.example.com") },
        { "serviceUrl mismatch", (i, _) => "Bearer " + i.CreateToken(BotHost.AppId, "https://smba.evil.example.com/teams/") },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Post_BadToken_Returns401AndProcessesNothing(string why, Func<FakeChannelIssuer, string, string?> authorization)
    {
        var activity = BotHost.Message(_connector.ServiceUrl);

        using var response = await _sut.PostAsync(activity, authorization(_issuer, _connector.ServiceUrl));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: expected 401, got {(int)response.StatusCode}");
        Assert.Equal(0, _sut.Bot.Turns);
        Assert.Empty(_connector.Calls);
        Assert.Empty(await _sut.Storage.ReadAsync([$"dedup/msteams/{activity.Conversation!.Id}/{activity.Id}"], default));
    }

    /// <summary>A valid channel token (its key endorses the activity's channel, its serviceurl claim is the activity's) on an activity the bot must refuse.</summary>
    public static TheoryData<string, string[], Action<Activity>> ForbiddenWithValidToken => new()
    {
        {
            // Finding 1 of issue 24: Web Chat signs its activities too, but vouches for nobody's Entra identity.
            "webchat, from.id set to an admin's object id, no aadObjectId", ["msteams", "webchat"],
            a => { a.ChannelId = "webchat"; a.From = new ChannelAccount("22222222-2222-2222-2222-222222222222", "Admin"); }
        },
        { "directline", ["msteams", "directline"], a => a.ChannelId = "directline" },
        { "another tenant", ["msteams"], a => a.Conversation = new ConversationAccount("a:conversation-1", "personal", "tenant-2") },
        { "another tenant in the channel data only", ["msteams"], a => a.ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-2" } }) },
        { "no tenant", ["msteams"], a => a.Conversation = new ConversationAccount("a:conversation-1", "personal") },
        { "unreadable channel data", ["msteams"], a => a.ChannelData = JsonSerializer.SerializeToElement(new { tenant = 42 }) },
    };

    [Theory]
    [MemberData(nameof(ForbiddenWithValidToken))]
    public async Task Post_ValidTokenForAnActivityNotServed_Returns403AndProcessesNothing(string why, string[] endorsements, Action<Activity> change)
    {
        _issuer.RotateKey("rotated-" + string.Join('-', endorsements), endorsements);
        var activity = BotHost.Message(_connector.ServiceUrl);
        change(activity);

        using var response = await _sut.PostAsync(activity, "Bearer " + _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{why}: expected 403, got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, _sut.Bot.Turns);
        Assert.Empty(_connector.Calls);
        Assert.Empty(await _sut.Storage.ReadAsync([$"dedup/{activity.ChannelId}/{activity.Conversation!.Id}/{activity.Id}"], default));
    }

    [Fact]
    public async Task Post_ServiceUrlOutsideTheConnectorHosts_Returns403AndNothingIsSent()
    {
        const string elsewhere = "https://smba.trafficmanager.net.evil.example/teams/";
        var activity = BotHost.Message(elsewhere);

        using var response = await _sut.PostAsync(activity, "Bearer " + _issuer.CreateToken(BotHost.AppId, elsewhere));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _sut.Bot.Turns);
        Assert.Contains("service-url-not-allowed", _sut.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RefusedActivity_LogsTheReasonButNoNameOrText()
    {
        _issuer.RotateKey("key-webchat", "webchat");
        var activity = BotHost.Message(_connector.ServiceUrl, "secret words");
        activity.ChannelId = "webchat";
        activity.From = new ChannelAccount("29:user", "Ada Lovelace", "aad-user");

        using var response = await _sut.PostAsync(activity, "Bearer " + _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl));

        Assert.Contains("channel-not-allowed", _sut.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Lovelace", _sut.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("secret words", _sut.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChannelNotEndorsedBySigningKey_Returns403()
    {
        _issuer.RotateKey("key-webchat-only", "webchat");
        var token = _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl);

        using var response = await _sut.PostAsync(BotHost.Message(_connector.ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_KeyRotatedAfterKeysWereCached_RefreshesOnceAndAccepts()
    {
        using (await _sut.PostAsync(BotHost.Message(_connector.ServiceUrl), "Bearer " + _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl)))
        {
        }

        var requestsBefore = _issuer.MetadataRequests;
        _issuer.RotateKey("key-2", "msteams");

        using var response = await _sut.PostAsync(BotHost.Message(_connector.ServiceUrl), "Bearer " + _issuer.CreateToken(BotHost.AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(requestsBefore + 1, _issuer.MetadataRequests);
        Assert.Equal(2, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_Rejected_LogsReasonButNeverTheToken()
    {
        var token = _issuer.CreateToken("99999999-0000-0000-0000-000000000000", _connector.ServiceUrl);

        using var response = await _sut.PostAsync(BotHost.Message(_connector.ServiceUrl), "Bearer " + token);

        Assert.Contains("wrong-audience", _sut.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(token, _sut.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], _sut.Logs.AllText, StringComparison.Ordinal);
    }
}
