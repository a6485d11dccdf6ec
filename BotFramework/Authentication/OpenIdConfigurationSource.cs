using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// One cached <see cref="ConfigurationManager{T}"/> for the channel's OpenID metadata and signing keys: refreshed automatically
/// (IdentityModel's default is 12 h, inside the documented 24 h) and on demand when a token names a key id we do not know.
/// </summary>
internal sealed class OpenIdConfigurationSource
{
    internal const string HttpClientName = "CaseBot.BotFramework.OpenId";
    private const string BlockingUpdateSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public OpenIdConfigurationSource(IOptions<BotFrameworkChannelOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var url = new Uri(options.Value.OpenIdMetadataUrl);
        var requireHttps = !LoopbackAddress.IsLoopback(url);
        if (requireHttps && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("BotFramework:OpenIdMetadataUrl must use HTTPS unless it is a loopback address.");
        }

        // IdentityModel 8 refreshes in the background by default, so a token signed with a just-rotated key would still fail
        // right after RequestRefresh(). The blocking mode makes the next read fetch the new keys, which "refresh once on an
        // unknown key id, then decide" needs. It is a process-wide switch; setting it again is harmless.
        AppContext.SetSwitch(BlockingUpdateSwitch, true);
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = requireHttps };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();
}
