using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Warns at start-up when a multi-tenant bot serves every tenant, because BotFramework:AllowedTenants is empty.</summary>
internal sealed partial class OpenTenantWarning(
    IOptions<BotFrameworkAuthenticationOptions> identity, IOptions<BotFrameworkChannelOptions> channel, ILogger<OpenTenantWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!identity.Value.IsLocalMode && !identity.Value.IsSingleTenant && channel.Value.AllowedTenants.Length == 0)
        {
            LogEveryTenant(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppType is MultiTenant and BotFramework:AllowedTenants is empty, so activities from ANY tenant are served. List your organisation's tenant ids in BotFramework:AllowedTenants, or register the bot as SingleTenant.")]
    private static partial void LogEveryTenant(ILogger logger);
}
