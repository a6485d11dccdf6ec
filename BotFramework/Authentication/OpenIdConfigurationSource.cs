using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseBot.BotFramework.Authentication;

/// <summary>The channel's OpenID metadata and signing keys (<see cref="BotFrameworkChannelOptions.OpenIdMetadataUrl"/>), cached.</summary>
internal sealed class OpenIdConfigurationSource
{
    internal const string HttpClientName = "CaseBot.BotFramework.OpenId";

    private readonly OpenIdMetadataCache _cache;

    public OpenIdConfigurationSource(IOptions<BotFrameworkChannelOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _cache = new OpenIdMetadataCache(options.Value.OpenIdMetadataUrl, "BotFramework:OpenIdMetadataUrl", httpClientFactory.CreateClient(HttpClientName));
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);

    public void RequestRefresh() => _cache.RequestRefresh();
}
