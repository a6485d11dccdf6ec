using CaseBot.Bot.Delivery;
using CaseBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>The Delivery section is checked at start-up: the shipped settings are valid, contradictory ones stop the host.</summary>
public sealed class DeliveryOptionsTests
{
    [Fact]
    public void AddCaseBotDelivery_ShippedAppSettings_AreValid()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryRoot.Path, "Bot", "appsettings.json")).Build();

        var sut = Resolve(configuration);

        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), 8, 20), (sut.PollInterval, sut.LeaseDuration, sut.MaxAttempts, sut.BatchSize));
    }

    [Theory]
    [InlineData("Delivery:LeaseDuration", "00:00:05", "LeaseDuration")]
    [InlineData("Delivery:DefaultServiceUrl", "smba.trafficmanager.net", "DefaultServiceUrl")]
    [InlineData("Delivery:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Delivery:MaxBackoff", "00:00:02", "MaxBackoff")]
    public void AddCaseBotDelivery_InvalidSetting_FailsValidationNamingIt(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value, ["Delivery:PollInterval"] = "00:00:03" }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(configuration));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static DeliveryOptions Resolve(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddCaseBotDelivery(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DeliveryOptions>>().Value;
    }
}
