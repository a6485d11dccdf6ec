using CaseBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// Checked at start: the OpenID metadata URL is absolute and HTTPS, except on loopback (tests and local issuers); no list holds an
/// empty entry; each service URL host is a bare host name or a <c>*.</c> wildcard over a domain (never a URL, a port or a lone <c>*</c>).
/// </summary>
internal sealed class BotFrameworkChannelOptionsValidator : IValidateOptions<BotFrameworkChannelOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail("BotFramework:OpenIdMetadataUrl must be an absolute http(s) URL.");
        }

        if (url.Scheme != Uri.UriSchemeHttps && !LoopbackAddress.IsLoopback(url))
        {
            return ValidateOptionsResult.Fail("BotFramework:OpenIdMetadataUrl must use HTTPS unless it is a loopback address.");
        }

        var failures = new List<string>();
        foreach (var (setting, values) in new[]
        {
            ("ValidIssuers", options.ValidIssuers), ("AllowedChannels", options.AllowedChannels), ("AllowedTenants", options.AllowedTenants),
            ("ServiceUrlHosts", options.ServiceUrlHosts),
        })
        {
            if (values.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"BotFramework:{setting} must not contain empty entries.");
            }
        }

        var badHost = options.ServiceUrlHosts.FirstOrDefault(h => !string.IsNullOrWhiteSpace(h) && !HostPatterns.IsValidEntry(h));
        if (badHost is not null)
        {
            failures.Add($"BotFramework:ServiceUrlHosts entry '{badHost}' is not a host name (e.g. smba.trafficmanager.net) or a wildcard over a domain (e.g. *.example.org).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
