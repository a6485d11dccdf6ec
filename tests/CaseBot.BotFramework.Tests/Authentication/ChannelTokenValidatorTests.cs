using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.BotFramework.Tests.Authentication;

/// <summary>The validator alone against a loopback issuer: each failure gets its own reason code and the right status.</summary>
public sealed class ChannelTokenValidatorTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly CapturingLoggerProvider _logs = new();
    private FakeChannelIssuer _issuer = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeChannelIssuer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(_logs));
        services.AddSingleton(Options.Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = AppId }));
        services.AddSingleton(Options.Create(new BotFrameworkChannelOptions { OpenIdMetadataUrl = _issuer.MetadataUrl }));
        services.AddHttpClient(OpenIdConfigurationSource.HttpClientName);
        services.AddSingleton<OpenIdConfigurationSource>();
        services.AddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private IChannelTokenValidator Sut => _services.GetRequiredService<IChannelTokenValidator>();

    [Theory]
    [InlineData("missing", "missing-authorization")]
    [InlineData("basic", "wrong-scheme")]
    [InlineData("garbage", "malformed-token")]
    [InlineData("expired", "expired")]
    [InlineData("not-yet-valid", "not-yet-valid")]
    [InlineData("audience", "wrong-audience")]
    [InlineData("issuer", "wrong-issuer")]
    [InlineData("signature", "bad-signature")]
    [InlineData("ps256", "bad-signature")] // genuine key, algorithm outside RS256/384/512: IdentityModel reports IDX10511
    [InlineData("service-url", "serviceurl-mismatch")]
    public async Task AuthenticateAsync_BadToken_UnauthorizedWithReason(string flaw, string reason)
    {
        var header = Header(flaw);

        var outcome = await Sut.AuthenticateAsync(header, Message(), default);

        Assert.Equal(AuthenticationOutcome.Unauthorized(reason), outcome);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_AllowedAlgorithm_Succeeds(string algorithm)
    {
        var token = ChannelTokens.Create(_issuer.CurrentKey.SecurityKey, algorithm, AppId, ServiceUrl);

        var outcome = await Sut.AuthenticateAsync("Bearer " + token, Message(), default);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinFiveMinuteSkew_Succeeds()
    {
        var token = _issuer.CreateToken(AppId, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));

        var outcome = await Sut.AuthenticateAsync("Bearer " + token, Message(), default);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var token = _issuer.CreateToken(AppId, ServiceUrl.ToUpperInvariant());

        var outcome = await Sut.AuthenticateAsync("Bearer " + token, Message(), default);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NoKidButSignedByEndorsingKey_EndorsementReadFromTheVerifyingKey()
    {
        var anonymousKey = new RsaSecurityKey(_issuer.CurrentKey.SecurityKey.Rsa);
        var token = ChannelTokens.Create(anonymousKey, SecurityAlgorithms.RsaSha256, AppId, ServiceUrl);

        var outcome = await Sut.AuthenticateAsync("Bearer " + token, Message(), default);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsesOtherChannel_Forbidden()
    {
        _issuer.RotateKey("key-webchat", "webchat");

        var outcome = await Sut.AuthenticateAsync("Bearer " + _issuer.CreateToken(AppId, ServiceUrl), Message(), default);

        Assert.Equal(AuthenticationOutcome.Forbidden("channel-not-endorsed"), outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_Forbidden()
    {
        _issuer.RotateKey("key-bare");

        var outcome = await Sut.AuthenticateAsync("Bearer " + _issuer.CreateToken(AppId, ServiceUrl), Message(), default);

        Assert.Equal(AuthenticationStatus.Forbidden, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyIdTwice_RefreshesMetadataOnlyOnce()
    {
        Assert.True((await Sut.AuthenticateAsync("Bearer " + _issuer.CreateToken(AppId, ServiceUrl), Message(), default)).Succeeded);
        using var stranger = SigningKey.Create("never-published", "msteams");
        var forged = "Bearer " + _issuer.CreateToken(AppId, ServiceUrl, signWith: stranger);

        var first = await Sut.AuthenticateAsync(forged, Message(), default);
        var second = await Sut.AuthenticateAsync(forged, Message(), default);

        Assert.Equal("unknown-signing-key", first.Reason);
        Assert.Equal("unknown-signing-key", second.Reason);
        Assert.Equal(2, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_Rejected_LogsIssuerAndReasonOnly()
    {
        var token = _issuer.CreateToken(AppId, ServiceUrl, issuer: "https://evil.example.com");

        await Sut.AuthenticateAsync("Bearer " + token, Message(), default);

        var entry = Assert.Single(_logs.Entries, e => e.Category.EndsWith(nameof(ChannelTokenValidator), StringComparison.Ordinal));
        Assert.Contains("wrong-issuer", entry.Message, StringComparison.Ordinal);
        Assert.Contains("iss=https://evil.example.com", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], _logs.AllText, StringComparison.Ordinal);
    }

    private string? Header(string flaw)
    {
        var now = DateTime.UtcNow;
        var key = _issuer.CurrentKey;
        return flaw switch
        {
            "missing" => null,
            "basic" => "Basic " + _issuer.CreateToken(AppId, ServiceUrl),
            "garbage" => "Bearer abc.def",
            "expired" => "Bearer " + _issuer.CreateToken(AppId, ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not-yet-valid" => "Bearer " + _issuer.CreateToken(AppId, ServiceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "audience" => "Bearer " + _issuer.CreateToken("99999999-0000-0000-0000-000000000000", ServiceUrl),
            "issuer" => "Bearer " + _issuer.CreateToken(AppId, ServiceUrl, issuer: "https://sts.windows.net/evil/"),
            "signature" => "Bearer " + SignedByImpostor(key.KeyId),
            "ps256" => "Bearer " + ChannelTokens.Create(key.SecurityKey, SecurityAlgorithms.RsaSsaPssSha256, AppId, ServiceUrl),
            "service-url" => "Bearer " + _issuer.CreateToken(AppId, "https://smba.evil.example.com/emea/"),
            _ => throw new ArgumentOutOfRangeException(nameof(flaw)),
        };
    }

    private string SignedByImpostor(string keyId)
    {
        using var impostor = SigningKey.Create(keyId, "msteams");
        return _issuer.CreateToken(AppId, ServiceUrl, signWith: impostor);
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("a:1"),
    };
}
