using System.ComponentModel.DataAnnotations;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity, under the Bot Framework SDK's configuration names (<c>MicrosoftAppId</c> and friends at the root of
/// configuration). An empty <see cref="MicrosoftAppId"/> means local mode: no authentication, loopback callers only.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    [RegularExpression("^(MultiTenant|SingleTenant|UserAssignedMSI)$", ErrorMessage = "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.")]
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
