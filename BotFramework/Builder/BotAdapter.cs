using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>
/// Runs turns through the middleware pipeline and carries outgoing activities to the channel (as Microsoft.Bot.Builder.BotAdapter).
/// Subclasses decide how activities travel: the Connector REST API, a test transcript, or the HTTP response body.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>The name of the event activity a proactive turn (<see cref="ContinueConversationAsync"/>) runs on.</summary>
    public const string ContinueConversationEventName = "ContinueConversation";

    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Called when a turn throws; the default rethrows.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public abstract Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(
        ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs a proactive turn in the conversation named by <paramref name="reference"/>.</summary>
    public virtual Task ContinueConversationAsync(
        ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = new Activity { Type = ActivityTypes.Event, Name = ContinueConversationEventName }
            .ApplyConversationReference(reference, isIncoming: true);
        var context = new TurnContext(this, activity);
        return RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>Runs the middleware in order, then <paramref name="callback"/>; hands failures to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(callback);
        try
        {
            await RunAsync(0, turnContext, callback, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex);
        }
    }

    private Task RunAsync(int index, ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            turnContext, ct => RunAsync(index + 1, turnContext, callback, ct), cancellationToken);
    }
}
