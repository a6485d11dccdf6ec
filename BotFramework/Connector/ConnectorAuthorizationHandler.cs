using System.Net;
using System.Net.Http.Headers;

namespace CaseBot.BotFramework.Connector;

/// <summary>Puts the bot's token on every Connector call; on a 401, fetches a fresh token once and tries again.</summary>
internal sealed class ConnectorAuthorizationHandler(IAppCredentials credentials) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(request, forceRefresh: false, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Headers.Authorization is null)
        {
            return response;
        }

        response.Dispose();
        await AuthorizeAsync(request, forceRefresh: true, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, bool forceRefresh, CancellationToken cancellationToken)
    {
        var token = await credentials.GetTokenAsync(forceRefresh, cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
    }
}
