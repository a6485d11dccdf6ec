using CaseBot.BotFramework.Builder;

namespace CaseBot.BotFramework.State;

/// <summary>State per user, across that user's conversations with the bot.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender id.");
        return $"{channelId}/users/{userId}";
    }
}
