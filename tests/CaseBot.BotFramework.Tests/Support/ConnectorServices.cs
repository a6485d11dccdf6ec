using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>The Connector client as AddBotFrameworkConnector registers it, with fast retries and optional fake credentials.</summary>
internal static class ConnectorServices
{
    public static ServiceProvider Build(IAppCredentials? credentials = null, ConnectorRetryOptions? retry = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new BotFrameworkAuthenticationOptions()));
        services.AddSingleton(Options.Create(new BotFrameworkChannelOptions()));
        services.AddSingleton(Options.Create(retry ?? new ConnectorRetryOptions
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(200),
        }));
        services.AddBotFrameworkConnector();
        if (credentials is not null)
        {
            services.AddSingleton(credentials);
        }

        return services.BuildServiceProvider();
    }
}
