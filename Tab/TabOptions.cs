using System.ComponentModel.DataAnnotations;

namespace CaseBot.Tab;

/// <summary>
/// The tab's settings, in the section named for what its users and the people who deploy CaseBot call it (<c>CaseBoard</c>, as the
/// README's settings say); the app id, tenant and app type are the bot's own (MicrosoftApp*).
/// </summary>
public sealed class TabOptions
{
    public const string SectionName = "CaseBoard";

    /// <summary>The Agents Playground's mock tenant: who a user picked in local mode signs in to, unless the picker is told otherwise.</summary>
    public const string PlaygroundTenantId = "00000000-0000-0000-0000-0000000000001";

    /// <summary>
    /// The host name Teams loads the tab from (the manifest's BOT_DOMAIN). Teams SSO tokens are issued for <c>api://{Domain}/{app id}</c>;
    /// with an app id but no domain, sign-in through Teams answers 503 and says why in the log.
    /// </summary>
    [RegularExpression(@"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$", ErrorMessage = "CaseBoard:Domain is a host name such as casebot.example.org (no scheme or path).")]
    public string? Domain { get; set; }

    /// <summary>Entra's OpenID metadata (signing keys for every tenant's tokens); a loopback http URL only in tests.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>How long a board session lasts after sign-in; Teams signs the user in again silently after that.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Tolerated clock difference when checking a token's lifetime (as for the messaging endpoint).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Local mode only: the tenant a user picked on the board signs in to.</summary>
    [Required]
    [MaxLength(64)]
    public string LocalTenantId { get; set; } = PlaygroundTenantId;

    /// <summary>Cases per page of "My cases".</summary>
    [Range(5, 100)]
    public int PageSize { get; set; } = 20;
}
