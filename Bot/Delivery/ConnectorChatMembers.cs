using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Connector;
using CaseBot.Dialogs.Attendees;

namespace CaseBot.Bot.Delivery;

/// <summary>A chat's members as Teams lists them (the Connector's paged roster of the turn's conversation).</summary>
internal sealed class ConnectorChatMembers(IConnectorClient connector) : IChatMembers
{
    // A Teams group chat holds at most 250 people; the bound only stops a runaway continuation.
    private const int PageSize = 100;
    private const int MaxPages = 10;

    public async Task<IReadOnlyList<string?>> AadObjectIdsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no service URL.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var ids = new List<string?>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetConversationPagedMembersAsync(serviceUrl, conversationId, PageSize, continuation, cancellationToken);
            ids.AddRange(result.Members.Select(m => string.IsNullOrWhiteSpace(m.AadObjectId) ? null : m.AadObjectId));
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                return ids;
            }
        }

        throw new InvalidOperationException("The chat's roster did not end.");
    }
}
