using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>The default turn context: fills in addressing on outgoing activities and hands them to the adapter.</summary>
public sealed class TurnContext : ITurnContext
{
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public Activity Activity { get; }

    public TurnState TurnState { get; } = new();

    public bool Responded { get; private set; }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default)
        => SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Count > 0 ? responses[0] : new ResourceResponse(null);
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        var reference = Activity.GetConversationReference();
        foreach (var outgoing in activities)
        {
            outgoing.Type ??= ActivityTypes.Message;
            outgoing.ApplyConversationReference(reference);
        }

        var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken);
        if (activities.Any(a => a.Type != ActivityTypes.Trace))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference() with { ActivityId = activityId };
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }
}
