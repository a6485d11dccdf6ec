using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseBot.Tab.SignIn;

/// <summary>
/// Entra's OpenID metadata and signing keys, cached by one <see cref="ConfigurationManager{T}"/>: refreshed automatically and on demand
/// when a token names a key id we do not know (keys rotate). HTTPS only, except a loopback issuer in tests.
/// </summary>
internal sealed class EntraMetadata
{
    internal const string HttpClientName = "CaseBot.Tab.OpenId";
    private const string BlockingUpdateSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public EntraMetadata(IOptions<CaseBoardOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var url = new Uri(options.Value.OpenIdMetadataUrl);
        var requireHttps = !LoopbackAddress.IsLoopback(url);
        if (requireHttps && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("CaseBoard:OpenIdMetadataUrl must use HTTPS unless it is a loopback address.");
        }

        // As for the channel's keys: a refresh after an unknown key id must fetch the new keys before the token is checked again.
        AppContext.SetSwitch(BlockingUpdateSwitch, true);
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = requireHttps };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();
}
