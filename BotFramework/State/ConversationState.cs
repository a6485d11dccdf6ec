using CaseBot.BotFramework.Builder;

namespace CaseBot.BotFramework.State;

/// <summary>State per conversation (the dialog stack lives here).</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
