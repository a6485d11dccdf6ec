using System.Net;
using System.Text.Json;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// Makes one try at one outbox message: posts it to the person's 1:1 chat or the named group chat, or (an update) puts it in place
/// of every card of that kind already sent for the case. Says what happened; the caller records it.
/// </summary>
internal sealed partial class OutboxDispatcher(
    RecipientConversations conversations,
    IOutboxStore outbox,
    IConnectorClient connector,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger)
{
    public async Task<DeliveryResult> DeliverAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Parse(message.ActivityJson) is null)
        {
            return DeliveryResult.Failed(DeliveryCodes.BadPayload);
        }

        try
        {
            if (message.UpdateOf is { } original)
            {
                return await UpdateAsync(message, original, cancellationToken);
            }

            var reference = (message.ConversationId, message.RecipientAadObjectId) switch
            {
                ({ } chat, _) => await conversations.ForChatAsync(message.TenantId, chat, cancellationToken),
                (null, { } person) => await conversations.ForPersonAsync(message.TenantId, person, cancellationToken),
                _ => null,
            };
            return reference is null ? DeliveryResult.Failed(DeliveryCodes.NoRecipient) : DeliveryResult.Delivered(await PostAsync(message, reference, cancellationToken));
        }
        catch (NotDeliverableException ex) when (ex.Code == DeliveryCodes.NotInstalled)
        {
            return DeliveryResult.Unreachable(ex.Code);
        }
        catch (NotDeliverableException ex)
        {
            return DeliveryResult.Failed(ex.Code);
        }
        catch (ServiceUrlNotAllowedException)
        {
            return DeliveryResult.Failed(DeliveryCodes.ServiceUrlNotAllowed);
        }
        catch (ConversationUnreachableException)
        {
            return DeliveryResult.Unreachable(message.ConversationId is null ? DeliveryCodes.NotInstalled : DeliveryCodes.NotInChat);
        }
        catch (ConnectorException ex) when (IsTransient(ex))
        {
            return DeliveryResult.Retry(ex.StatusCode switch { 0 => DeliveryCodes.NoAnswer, HttpStatusCode.TooManyRequests => DeliveryCodes.Throttled, _ => DeliveryCodes.ServerError }, ex.RetryAfter);
        }
        catch (ConnectorException ex)
        {
            return DeliveryResult.Failed(DeliveryCodes.Rejected((int)ex.StatusCode));
        }
    }

    /// <summary>No answer at all (status 0), throttling, and the statuses Teams documents as worth retrying.</summary>
    internal static bool IsTransient(ConnectorException exception)
        => exception.StatusCode is 0 or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed
            || (int)exception.StatusCode >= 500;

    private async Task<SentMessage> PostAsync(OutboxMessageEntity message, ConversationReference reference, CancellationToken cancellationToken)
    {
        var activity = Parse(message.ActivityJson)!;
        activity.Type ??= ActivityTypes.Message;
        (activity.Id, activity.ReplyToId) = (null, null);
        activity.ApplyConversationReference(reference with { ActivityId = null });
        var response = await connector.SendToConversationAsync(reference.ServiceUrl!, activity, cancellationToken);
        return new SentMessage(reference.Conversation!.Id, response.Id, reference.ServiceUrl);
    }

    // Each recipient's card is replaced by the same payload: Universal Actions' refresh shows every viewer their own buttons.
    private async Task<DeliveryResult> UpdateAsync(OutboxMessageEntity message, string original, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId)
        {
            return DeliveryResult.Failed(DeliveryCodes.NoCase);
        }

        // An original still on its way would arrive with the old card: update once it is out (or has failed), not before.
        if (await outbox.PendingDueAsync(caseId, original, cancellationToken) is { } pendingDue)
        {
            var soonest = timeProvider.GetUtcNow() + options.Value.PollInterval;
            return DeliveryResult.Deferred(pendingDue > soonest ? pendingDue : soonest);
        }

        var targets = await outbox.FindSentAsync(caseId, original, cancellationToken);
        foreach (var target in targets)
        {
            var activity = Parse(message.ActivityJson)!;
            activity.Type ??= ActivityTypes.Message;
            (activity.Id, activity.ReplyToId, activity.ServiceUrl) = (target.SentActivityId, null, target.ServiceUrl);
            activity.Conversation = new ConversationAccount(target.SentConversationId!, tenantId: message.TenantId);
            try
            {
                await connector.UpdateActivityAsync(target.ServiceUrl!, activity, cancellationToken);
            }
            catch (ConnectorException ex) when (ex is ConversationUnreachableException || ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                // That person removed the app or the chat is gone; the others still get the update.
                LogUpdateSkipped(logger, message.Id, target.Id, (int)ex.StatusCode);
            }
        }

        return DeliveryResult.Delivered(new SentMessage(null, null, null), DeliveryCodes.Updated);
    }

    private static Activity? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox update {MessageId}: card of message {TargetId} not updated (Connector answered {Status})")]
    private static partial void LogUpdateSkipped(ILogger logger, Guid messageId, Guid targetId, int status);
}
