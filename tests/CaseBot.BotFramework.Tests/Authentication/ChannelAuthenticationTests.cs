using System.Net;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;

namespace CaseBot.BotFramework.Tests.Authentication;

/// <summary>The inbound auth matrix, end to end over HTTP against a loopback OpenID issuer.</summary>
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
