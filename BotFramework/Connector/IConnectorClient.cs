using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Connector;

/// <summary>The Bot Connector REST API (v3) at a conversation's serviceUrl, as Microsoft.Bot.Connector names it.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
}
