using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>One turn: the inbound activity and the means to answer it (as Microsoft.Bot.Builder.ITurnContext).</summary>
public interface ITurnContext
{
    /// <summary>The adapter running this turn.</summary>
    BotAdapter Adapter { get; }

    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Per-turn values shared by middleware, state and the bot; gone at the end of the turn.</summary>
    TurnState TurnState { get; }

    /// <summary>True once anything other than a trace has been sent this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
