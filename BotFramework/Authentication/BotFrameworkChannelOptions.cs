using System.ComponentModel.DataAnnotations;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// Where channel tokens are checked against (section <c>BotFramework</c>). Public-cloud defaults; sovereign clouds and tests
/// point elsewhere. The metadata URL must be HTTPS unless it is a loopback address.
/// </summary>
public sealed class BotFrameworkChannelOptions
{
    public const string SectionName = "BotFramework";

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
}
