using System.Text.Json;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// What an activity whose token checked out may still not be: from a channel other than the allowed ones (Teams; another channel's
/// signed activity vouches for nobody's Entra identity), from a tenant the bot does not serve (a single-tenant or managed-identity bot:
/// its own tenant only; a multi-tenant bot: <see cref="BotFrameworkChannelOptions.AllowedTenants"/>, all when empty), claiming two
/// tenants at once, or naming a serviceUrl replies may not go to (<see cref="ServiceUrlPolicy"/>). Local mode has no tenant of its
/// own, so it applies only an allow-list that is set.
/// </summary>
public sealed class ChannelAccessPolicy(
    IOptions<BotFrameworkAuthenticationOptions> identity, IOptions<BotFrameworkChannelOptions> channel, ServiceUrlPolicy serviceUrls)
{
    public AccessDecision Decide(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId is not { Length: > 0 } channelId || !channel.Value.Channels.Contains(channelId, StringComparer.OrdinalIgnoreCase))
        {
            return AccessDecision.Refused("channel-not-allowed");
        }

        if (ReadTenant(activity, out var tenantId) is { } unreadable)
        {
            return AccessDecision.Refused(unreadable);
        }

        if (!ServesTenant(tenantId))
        {
            return AccessDecision.Refused("tenant-not-allowed");
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !serviceUrls.Allows(activity.ServiceUrl))
        {
            return AccessDecision.Refused("service-url-not-allowed");
        }

        var aadObjectId = activity.From?.AadObjectId is { } id && !string.IsNullOrWhiteSpace(id) ? id.Trim() : null;
        return AccessDecision.Admitted(tenantId, aadObjectId);
    }

    private bool ServesTenant(string? tenantId)
    {
        var bot = identity.Value;
        if (!bot.IsLocalMode && bot.IsSingleTenant)
        {
            return tenantId is not null && string.Equals(tenantId, bot.MicrosoftAppTenantId?.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        var allowed = channel.Value.AllowedTenants;
        return allowed.Length == 0 || (tenantId is not null && allowed.Any(t => string.Equals(t.Trim(), tenantId, StringComparison.OrdinalIgnoreCase)));
    }

    // Teams states the tenant twice (conversation.tenantId and channelData.tenant.id); two different ones, or channel data that cannot
    // be read, is not an activity Teams sent.
    private static string? ReadTenant(Activity activity, out string? tenantId)
    {
        tenantId = null;
        string? fromChannelData;
        try
        {
            fromChannelData = activity.GetChannelData()?.Tenant?.Id;
        }
        catch (JsonException)
        {
            return "channel-data-unreadable";
        }

        var stated = new[] { activity.Conversation?.TenantId, fromChannelData }
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (stated.Count > 1)
        {
            return "tenant-mismatch";
        }

        tenantId = stated.FirstOrDefault();
        return null;
    }
}
