using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// Builds the <see cref="GraphServiceClient"/> on the SDK's default handler chain (retry honouring Retry-After on 429/503/504,
/// redirect, compression, telemetry), so tests put a fake handler at the end of the very same chain.
/// </summary>
internal static class GraphClientBuilder
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>The production client: app-only tokens from a client secret.</summary>
    public static GraphServiceClient Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credential = new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);

        // One long-lived client; recycling pooled connections picks up DNS changes, as IHttpClientFactory would.
        var http = CreateHttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return new GraphServiceClient(http, credential, Scopes, options.BaseUrl);
    }

    /// <summary>A client whose requests end in <paramref name="finalHandler"/>; for tests with a fake handler.</summary>
    public static GraphServiceClient Create(IAuthenticationProvider authentication, HttpMessageHandler finalHandler, string baseUrl = GraphOptions.DefaultBaseUrl)
        => new(CreateHttpClient(finalHandler), authentication, baseUrl);

    private static HttpClient CreateHttpClient(HttpMessageHandler finalHandler)
        => GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: finalHandler);
}
