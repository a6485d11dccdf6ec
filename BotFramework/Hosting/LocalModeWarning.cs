using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Says loudly at start-up when the bot runs without authentication.</summary>
internal sealed partial class LocalModeWarning(IOptions<BotFrameworkAuthenticationOptions> identity, ILogger<LocalModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (identity.Value.IsLocalMode)
        {
            LogLocalMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "*** LOCAL MODE: MicrosoftAppId is empty, so requests are NOT authenticated and only loopback callers are served. Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId and MicrosoftAppType before exposing this bot. ***")]
    private static partial void LogLocalMode(ILogger logger);
}
