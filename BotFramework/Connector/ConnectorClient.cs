using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseBot.BotFramework.Schema;
using Polly.Timeout;

namespace CaseBot.BotFramework.Connector;

/// <summary>
/// Calls the Connector over a typed <see cref="HttpClient"/> whose pipeline adds the bot's token and retries throttling and
/// transient failures (see <see cref="BotFrameworkConnectorServiceCollectionExtensions"/>). Ids are URL-encoded: Teams ids hold ':', '@' and ';'.
/// A serviceUrl outside <see cref="ServiceUrlPolicy"/> is refused before any request is made, so no token is fetched or sent for it.
/// </summary>
internal sealed class ConnectorClient(HttpClient httpClient, ServiceUrlPolicy serviceUrls, TimeProvider? timeProvider = null) : IConnectorClient
{
    private readonly TimeProvider _clock = timeProvider ?? TimeProvider.System;

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Encode(ConversationId(activity))}/activities";
        return SendActivityAsync(HttpMethod.Post, serviceUrl, path, activity, cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ReplyToId))
        {
            return SendToConversationAsync(serviceUrl, activity, cancellationToken);
        }

        var path = $"v3/conversations/{Encode(ConversationId(activity))}/activities/{Encode(activity.ReplyToId)}";
        return SendActivityAsync(HttpMethod.Post, serviceUrl, path, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.Id ?? throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        var path = $"v3/conversations/{Encode(ConversationId(activity))}/activities/{Encode(id)}";
        return SendActivityAsync(HttpMethod.Put, serviceUrl, path, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(
            HttpMethod.Delete, serviceUrl, $"v3/conversations/{Encode(conversationId)}/activities/{Encode(activityId)}", null, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var created = await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
        return created is { Id.Length: > 0 } ? created : throw new ConnectorException("The Bot Connector created a conversation but returned no id.");
    }

    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Encode(continuationToken)}");
        }

        var path = $"v3/conversations/{Encode(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        var page = await SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken);
        return new PagedMembersResult(page?.ContinuationToken, page?.Members ?? []);
    }

    public async Task<TeamsChannelAccount> GetConversationMemberAsync(
        string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
        => await SendAsync<TeamsChannelAccount>(
            HttpMethod.Get, serviceUrl, $"v3/conversations/{Encode(conversationId)}/members/{Encode(userId)}", null, cancellationToken)
            ?? throw new ConnectorException("The Bot Connector answered a member lookup without a member.");

    // A send that succeeded still gets a response object when the channel (a mock, the Playground, a proxy) returns no usable id.
    private async Task<ResourceResponse> SendActivityAsync(
        HttpMethod method, string serviceUrl, string path, Activity activity, CancellationToken cancellationToken)
        => await SendAsync<ResourceResponse>(method, serviceUrl, path, activity, cancellationToken) ?? new ResourceResponse(null);

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, Combine(serviceUrl, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        using var response = await SendWithRetriesAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ConnectorErrors.ReadAsync(response, _clock.GetUtcNow(), cancellationToken);
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text, BotJson.Options);
        }
        catch (JsonException)
        {
            // The call succeeded but the body is not the documented JSON; callers decide whether they can do without it.
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException)
        {
            // Retries are spent and the Connector never answered (refused, reset, timed out): one clear error for callers.
            throw new ConnectorException("The Bot Connector could not be reached after retries.", ex);
        }
    }

    private Uri Combine(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        if (!serviceUrls.Allows(baseUri))
        {
            throw new ServiceUrlNotAllowedException();
        }

        return new Uri(serviceUrl.TrimEnd('/') + "/" + path);
    }

    private static string ConversationId(Activity activity)
        => activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));

    private static string Encode(string value) => Uri.EscapeDataString(value);
}
