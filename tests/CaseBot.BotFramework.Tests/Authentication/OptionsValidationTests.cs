using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Authentication;

/// <summary>Identity and channel settings that cannot work are refused when the host starts, not at the first request.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public async Task StartAsync_PlainHttpMetadataUrlOffLoopback_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => BotHost.StartAsync(BotHost.AppId, "http://login.example.com/v1/.well-known/openidconfiguration"));

        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/openid")]
    [InlineData("http://localhost:5000/openid")]
    [InlineData("http://[::1]:5000/openid")]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration")]
    public void Validate_HttpsOrLoopbackMetadataUrl_Succeeds(string url)
    {
        var sut = new BotFrameworkChannelOptionsValidator();

        var result = sut.Validate(null, new BotFrameworkChannelOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://10.0.0.5/openid")]
    [InlineData("ftp://127.0.0.1/openid")]
    [InlineData("not a url")]
    public void Validate_UnsafeMetadataUrl_Fails(string url)
    {
        var sut = new BotFrameworkChannelOptionsValidator();

        var result = sut.Validate(null, new BotFrameworkChannelOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", "")]
    [InlineData("SingleTenant", "", "tenant-1")]
    [InlineData("MultiTenant", "", "")]
    [InlineData("UserAssignedMSI", "", "")]
    [InlineData("UserAssignedMSI", "secret", "tenant-1")]
    [InlineData("Anonymous", "secret", "tenant-1")]
    public void AddBotFramework_IncompleteIdentity_OptionsRefused(string appType, string password, string tenant)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = BotHost.AppId,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", "tenant-1")]
    [InlineData("MultiTenant", "secret", "")]
    [InlineData("UserAssignedMSI", "", "tenant-1")]
    public void AddBotFramework_CompleteIdentity_OptionsAccepted(string appType, string password, string tenant)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = BotHost.AppId,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.False(options.IsLocalMode);
    }

    [Fact]
    public void AddBotFramework_NoAppIdButLocalModeChosen_LocalModeAccepted()
    {
        using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant", ["BotFramework:LocalMode"] = "true" });

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.True(options.IsLocalMode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void AddBotFramework_NoAppIdAndLocalModeNotChosen_RefusedSayingHowToRun(string? localMode)
    {
        using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant", ["BotFramework:LocalMode"] = localMode });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value);

        Assert.Contains("MicrosoftAppId is empty and local mode is off", error.Message, StringComparison.Ordinal);
        Assert.Contains("BotFramework:LocalMode=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFramework_AppIdAndLocalModeBoth_Refused()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = BotHost.AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotFramework:LocalMode"] = "true",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value);

        Assert.Contains("never both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLocalMode_NoAppIdAndNotChosen_IsFalseSoEveryRequestIsAuthenticated()
    {
        var sut = new BotFrameworkAuthenticationOptions { MicrosoftAppId = string.Empty, LocalMode = false };

        Assert.False(sut.IsLocalMode);
    }

    [Fact]
    public async Task StartAsync_NoAppIdAndLocalModeNotChosen_FailsAtStartWithTheReason()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => BotHost.StartAsync(appId: null, settings: new() { ["BotFramework:LocalMode"] = "false" }));

        Assert.Contains("MicrosoftAppId is empty and local mode is off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AppIdAndLocalModeChosen_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => BotHost.StartAsync(BotHost.AppId, settings: new() { ["BotFramework:LocalMode"] = "true" }));

        Assert.Contains("never both", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smba.trafficmanager.net")]
    [InlineData("*.botframework.com")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("localhost")]
    public void Validate_ServiceUrlHostThatIsAHost_Succeeds(string host)
    {
        var sut = new BotFrameworkChannelOptionsValidator();

        var result = sut.Validate(null, new BotFrameworkChannelOptions { ServiceUrlHosts = [host] });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*.net")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("smba.trafficmanager.net:443")]
    [InlineData("*.127.0.0.1")]
    [InlineData(" ")]
    public void Validate_ServiceUrlHostThatIsNotAHost_Fails(string host)
    {
        var sut = new BotFrameworkChannelOptionsValidator();

        var result = sut.Validate(null, new BotFrameworkChannelOptions { ServiceUrlHosts = [host] });

        Assert.True(result.Failed);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();
    }
}
