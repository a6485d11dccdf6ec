using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Says loudly at start-up when the bot runs without authentication (local mode, chosen with BotFramework:LocalMode).</summary>
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "*** LOCAL MODE (BotFramework:LocalMode=true): requests are NOT authenticated; only callers on this machine, asking for localhost, are served, and replies go to loopback addresses only. To run against Teams, turn local mode off and set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId and MicrosoftAppType. ***")]
    private static partial void LogLocalMode(ILogger logger);
}
