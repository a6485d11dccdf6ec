using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Connector;

/// <summary>
/// Where the Connector client may send, and so attach the bot's token: in local mode a loopback address only (http or https); with an
/// app id only the channel's hosts (<see cref="BotFrameworkChannelOptions.Hosts"/>) over HTTPS, or plain HTTP to a loopback address
/// that is listed (tests). Never a URL with user info. Checked on inbound activities too, so a turn whose replies could not be sent
/// never runs.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotFrameworkAuthenticationOptions> identity, IOptions<BotFrameworkChannelOptions> channel)
{
    public bool Allows(string? serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && Allows(url);

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var https = url.Scheme == Uri.UriSchemeHttps;
        if ((!https && url.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(url.UserInfo))
        {
            return false;
        }

        if (identity.Value.IsLocalMode)
        {
            return LoopbackAddress.IsLoopback(url);
        }

        return channel.Value.Hosts.Any(entry => HostPatterns.Matches(entry, url.IdnHost)) && (https || LoopbackAddress.IsLoopback(url));
    }
}
