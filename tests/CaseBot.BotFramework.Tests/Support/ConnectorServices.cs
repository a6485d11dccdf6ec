using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>
/// The Connector client as AddBotFrameworkConnector registers it, with fast retries and optional fake credentials; in local mode
/// (the loopback fake Connector is where it may send) unless given the identity and channel options of a
/// registered bot.
/// </summary>
internal static class ConnectorServices
{
    public static ServiceProvider Build(
        IAppCredentials? credentials = null,
        ConnectorRetryOptions? retry = null,
        BotFrameworkAuthenticationOptions? identity = null,
        BotFrameworkChannelOptions? channel = null,
        HttpMessageHandler? network = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(identity ?? new BotFrameworkAuthenticationOptions { LocalMode = true }));
        services.AddSingleton(Options.Create(channel ?? new BotFrameworkChannelOptions()));
        services.AddSingleton(Options.Create(retry ?? new ConnectorRetryOptions
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(200),
        }));
        services.AddBotFrameworkConnector();
        if (network is not null)
        {
            services.AddHttpClient(BotFrameworkConnectorServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => network);
        }

        if (credentials is not null)
        {
            services.AddSingleton(credentials);
        }

        return services.BuildServiceProvider();
    }
}
