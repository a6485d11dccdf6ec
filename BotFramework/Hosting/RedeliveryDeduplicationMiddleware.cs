using System.Globalization;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Channels redeliver an activity when our answer was slow or lost. The first delivery claims the activity id in storage with
/// a create-only write; a later one finds the claim (a conflict) and is dropped, so each activity is processed once, also
/// across instances sharing the database. A turn that fails releases its claim, so a redelivery after an error is processed.
/// </summary>
public sealed partial class RedeliveryDeduplicationMiddleware(IStorage storage, TimeProvider timeProvider, ILogger<RedeliveryDeduplicationMiddleware> logger)
    : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is null || activity.Type == ActivityTypes.Event)
        {
            await next(cancellationToken);
            return;
        }

        var key = $"dedup/{activity.ChannelId}/{activity.Conversation.Id}/{activity.Id}";
        var claim = new StoreItem(
            $"{{\"seenAt\":\"{timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)}\"}}", ETag: null);
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = claim }, cancellationToken);
        }
        catch (StorageConflictException)
        {
            LogDuplicate(logger, activity.Type);
            if (activity.Type == ActivityTypes.Invoke)
            {
                // The first delivery already answered; this one must not act again.
                await turnContext.SendInvokeResponseAsync(new InvokeResponse(200), cancellationToken);
            }

            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The turn failed, so nothing was done for this activity: release the claim so the channel's retry is processed.
            await storage.DeleteAsync([key], CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redelivered {ActivityType} activity ignored")]
    private static partial void LogDuplicate(ILogger logger, string? activityType);
}
