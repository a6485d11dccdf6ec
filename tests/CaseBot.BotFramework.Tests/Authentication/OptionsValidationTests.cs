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
    public void AddBotFramework_NoAppIdAndNothingElse_LocalModeAccepted()
    {
        using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant" });

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.True(options.IsLocalMode);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();
    }
}
