using System.ComponentModel.DataAnnotations;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// The channel CaseBot trusts (section <c>BotFramework</c>): where its tokens are checked against, which channels and tenants it serves,
/// and which Connector hosts it sends to. Public-cloud defaults; sovereign clouds and tests point elsewhere. The metadata URL must be
/// HTTPS unless it is a loopback address. A list given in configuration replaces its default; an empty one keeps it.
/// </summary>
public sealed class BotFrameworkChannelOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Microsoft Teams: the only channel that vouches for who the caller is (its Entra object id and tenant).</summary>
    public static IReadOnlyList<string> DefaultChannels { get; } = ["msteams"];

    /// <summary>
    /// The Teams Bot Connector's hosts, public cloud and US government clouds (GCC, GCC High, DoD), matched exactly: Azure Traffic
    /// Manager's <c>trafficmanager.net</c> is a namespace any Azure customer can register under, so never a wildcard there.
    /// </summary>
    public static IReadOnlyList<string> DefaultServiceUrlHosts { get; } =
        ["smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "smba.infra.dod.teams.microsoft.us"];

    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [MinLength(1)]
    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];

    /// <summary>Clock skew allowed on token lifetime (the documented industry standard is five minutes).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Bot Connector endpoint that outbound tokens are requested for.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The login authority host for outbound tokens.</summary>
    public string LoginAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The channel ids whose activities are served (<c>BotFramework:AllowedChannels</c>); empty: <see cref="DefaultChannels"/>.</summary>
    public string[] AllowedChannels { get; set; } = [];

    /// <summary>
    /// The tenants a multi-tenant bot serves (<c>BotFramework:AllowedTenants</c>); empty: every tenant, with a warning at start-up. A
    /// single-tenant or managed-identity bot serves its own MicrosoftAppTenantId only and ignores this list; local mode applies it
    /// when it is set.
    /// </summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>
    /// The hosts replies and proactive messages may go to (<c>BotFramework:ServiceUrlHosts</c>), over HTTPS (plain HTTP only for a
    /// listed loopback address); an entry is a host name matched exactly, or <c>*.example.com</c> for any host under example.com.
    /// Empty: <see cref="DefaultServiceUrlHosts"/>. Local mode sends to loopback addresses only, whatever this says.
    /// </summary>
    public string[] ServiceUrlHosts { get; set; } = [];

    public IReadOnlyList<string> Channels => AllowedChannels.Length > 0 ? AllowedChannels : DefaultChannels;

    public IReadOnlyList<string> Hosts => ServiceUrlHosts.Length > 0 ? ServiceUrlHosts : DefaultServiceUrlHosts;
}
