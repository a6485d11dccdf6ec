using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseBot.Tab.SignIn;

/// <summary>Entra's OpenID metadata and signing keys for Teams SSO tokens (<see cref="TabOptions.OpenIdMetadataUrl"/>), cached.</summary>
internal sealed class EntraMetadata
{
    internal const string HttpClientName = "CaseBot.Tab.OpenId";

    private readonly OpenIdMetadataCache _cache;

    public EntraMetadata(IOptions<TabOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _cache = new OpenIdMetadataCache(options.Value.OpenIdMetadataUrl, "CaseBoard:OpenIdMetadataUrl", httpClientFactory.CreateClient(HttpClientName));
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);

    public void RequestRefresh() => _cache.RequestRefresh();
}
