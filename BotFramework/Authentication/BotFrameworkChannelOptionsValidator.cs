using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Authentication;

/// <summary>The OpenID metadata URL must be absolute and HTTPS, except on loopback (tests and local issuers); checked at start.</summary>
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

        return options.ValidIssuers.Any(string.IsNullOrWhiteSpace)
            ? ValidateOptionsResult.Fail("BotFramework:ValidIssuers must not contain empty entries.")
            : ValidateOptionsResult.Success;
    }
}
