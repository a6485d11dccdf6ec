using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.TestSupport.Dialogs;

/// <summary>A minimal in-memory adapter for transcript tests: runs the turn pipeline and collects what the bot sends.</summary>
public sealed class TranscriptAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
        => RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);

    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        return Task.FromResult<IReadOnlyList<ResourceResponse>>(
            activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToList());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Task.CompletedTask;
}
