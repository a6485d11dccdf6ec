using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity, under the Bot Framework SDK's configuration names (<c>MicrosoftAppId</c> and friends at the root of
/// configuration), or local mode, chosen explicitly with <c>BotFramework:LocalMode</c>: no authentication, this machine only. A bot
/// with neither an app id nor the opt-in does not start, and one with both does not either
/// (<see cref="BotFrameworkAuthenticationOptionsValidator"/>).
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    /// <summary>The setting that turns local mode on.</summary>
    public const string LocalModeSetting = "BotFramework:LocalMode";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    [RegularExpression("^(MultiTenant|SingleTenant|UserAssignedMSI)$", ErrorMessage = "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.")]
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>The opt-in to local mode (<c>BotFramework:LocalMode</c>, default false); refused together with an app id.</summary>
    [ConfigurationKeyName(LocalModeSetting)]
    public bool LocalMode { get; set; }

    /// <summary>
    /// Running without authentication: only when chosen and no app id is set. Anything else authenticates every request, so a
    /// configuration that skipped validation fails closed.
    /// </summary>
    public bool IsLocalMode => LocalMode && string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>A bot registered for one tenant (single tenant, or a user-assigned managed identity) serves that tenant only.</summary>
    public bool IsSingleTenant => MicrosoftAppType is "SingleTenant" or "UserAssignedMSI";
}
