using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// One cached <see cref="ConfigurationManager{T}"/> for an OpenID metadata document and its signing keys (the channel's, Entra's
/// for the case board): refreshed automatically (IdentityModel's default is 12 h, inside the documented 24 h) and on demand when a
/// token names a key id we do not know. HTTPS only, except a loopback address (tests).
/// </summary>
public sealed class OpenIdMetadataCache
{
    private const string BlockingUpdateSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    /// <param name="metadataUrl">The metadata document's address.</param>
    /// <param name="setting">The setting it came from, named in the error when it is not HTTPS.</param>
    /// <param name="httpClient">The client that fetches the document and the keys.</param>
    public OpenIdMetadataCache(string metadataUrl, string setting, HttpClient httpClient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metadataUrl);
        ArgumentNullException.ThrowIfNull(httpClient);
        var url = new Uri(metadataUrl);
        var requireHttps = !LoopbackAddress.IsLoopback(url);
        if (requireHttps && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"{setting} must use HTTPS unless it is a loopback address.");
        }

        // IdentityModel 8 refreshes in the background by default, so a token signed with a just-rotated key would still fail
        // right after RequestRefresh(). The blocking mode makes the next read fetch the new keys, which "refresh once on an
        // unknown key id, then decide" needs. It is a process-wide switch; setting it again is harmless.
        AppContext.SetSwitch(BlockingUpdateSwitch, true);
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();
}
