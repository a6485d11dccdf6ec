using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CaseBot.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens for the Bot Connector from one MSAL application, whose in-memory app-token cache is the only cache
/// (as botbuilder's MsalAppCredentials). MultiTenant uses the botframework.com authority, SingleTenant the bot's own tenant, and
/// UserAssignedMSI the managed identity whose client id is the app id.
/// </summary>
internal sealed class MsalAppCredentials : IAppCredentials
{
    private readonly BotFrameworkAuthenticationOptions _identity;
    private readonly BotFrameworkChannelOptions _channel;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managed;

    public MsalAppCredentials(IOptions<BotFrameworkAuthenticationOptions> identity, IOptions<BotFrameworkChannelOptions> channel)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(channel);
        _identity = identity.Value;
        _channel = channel.Value;
        if (_identity.IsLocalMode)
        {
            return;
        }

        if (_identity.MicrosoftAppType == "UserAssignedMSI")
        {
            _managed = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(_identity.MicrosoftAppId!)).Build());
        }
        else
        {
            var tenant = _identity.MicrosoftAppType == "SingleTenant" ? _identity.MicrosoftAppTenantId : "botframework.com";
            _confidential = new(() => ConfidentialClientApplicationBuilder.Create(_identity.MicrosoftAppId)
                .WithClientSecret(_identity.MicrosoftAppPassword)
                .WithAuthority($"{_channel.LoginAuthority.TrimEnd('/')}/{tenant}")
                .Build());
        }
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (_confidential is not null)
        {
            var result = await _confidential.Value.AcquireTokenForClient([_channel.ConnectorScope])
                .WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        if (_managed is not null)
        {
            var resource = _channel.ConnectorScope.Replace("/.default", string.Empty, StringComparison.Ordinal);
            var result = await _managed.Value.AcquireTokenForManagedIdentity(resource)
                .WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        return null;
    }
}
