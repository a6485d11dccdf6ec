using System.Runtime.ExceptionServices;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// The one place a failed turn ends: the user is told plainly, the log gets the exception type and correlation id but never the
/// message text or the exception message (which can echo user input). State saved by earlier turns is left as it was.
/// A proactive turn (ContinueConversationAsync) has nobody to apologise to: after logging, its exception goes back to the caller.
/// </summary>
public sealed partial class TurnErrorHandler(ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        LogTurnFailed(logger, exception.GetType().FullName ?? "Exception", activity.Type, CorrelationIdMiddleware.Get(turnContext), exception.StackTrace);
        if (activity.Type == ActivityTypes.Event && activity.Name == BotAdapter.ContinueConversationEventName)
        {
            // A proactive send has no user waiting on this turn, but its caller must learn it failed (e.g. app uninstalled).
            ExceptionDispatchInfo.Throw(exception);
        }

        try
        {
            if (activity.Type == ActivityTypes.Invoke)
            {
                var error = AdaptiveCardInvokeResponse.Error(500, "InternalError", BotMessages.ActionFailed);
                await turnContext.SendInvokeResponseAsync(error.ToInvokeResponse(), CancellationToken.None);
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                // A state conflict never overwrites: the other turn's answers stand and the user is asked to repeat this one.
                var apology = exception is StorageConflictException ? BotMessages.TurnCrossed : BotMessages.TurnFailed;
                await turnContext.SendActivityAsync(apology, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // The apology is best effort: the Connector itself may be what failed.
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            LogApologyFailed(logger, sendFailure.GetType().FullName ?? "Exception", CorrelationIdMiddleware.Get(turnContext));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed with {ExceptionType} on a {ActivityType} activity (correlation {CorrelationId}) at {StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? activityType, string? correlationId, string? stackTrace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about a failed turn: {ExceptionType} (correlation {CorrelationId})")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType, string? correlationId);
}
