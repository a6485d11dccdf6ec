using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// One round of delivery: claim a batch of due messages under a lease, try each, and record the outcome (sent; released with a
/// backoff; failed, with a note to the case's lead when the recipient cannot be reached). A row whose outcome cannot be recorded
/// stays claimed until the lease lapses, then any instance tries it again.
/// </summary>
internal sealed class OutboxProcessor(
    IOutboxStore outbox,
    OutboxDispatcher dispatcher,
    LeadNotes leadNotes,
    OutboxInstance instance,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxProcessor> logger)
{
    /// <summary>Claims and works one batch; returns how many messages were claimed (a full batch means more may be due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claim = instance.NextClaim();
        var now = timeProvider.GetUtcNow();
        var until = now + settings.LeaseDuration;
        var messages = await outbox.ClaimAsync(claim, settings.BatchSize, now, until, cancellationToken);
        DeliveryLog.Claimed(logger, claim, messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            // Stop before the lease runs short, so another instance never starts a message this one is still sending.
            if (cancellationToken.IsCancellationRequested || timeProvider.GetUtcNow() > until - (settings.LeaseDuration / 2))
            {
                await ReleaseAsync(messages.Skip(i), claim);
                break;
            }

            await ProcessAsync(messages[i], claim, settings, cancellationToken);
        }

        return messages.Count;
    }

    private async Task ProcessAsync(OutboxMessageEntity message, string claim, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var result = await dispatcher.DeliverAsync(message, cancellationToken);
            await RecordAsync(message, claim, result, settings, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DeliveryLog.NotRecorded(logger, ex, message.Id, message.Kind);
        }
    }

    private async Task RecordAsync(OutboxMessageEntity message, string claim, DeliveryResult result, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var now = timeProvider.GetUtcNow();
        switch (result.Status)
        {
            case DeliveryStatus.Sent:
                // Recorded even if the caller is stopping: the message went out and must not go out again.
                await outbox.MarkSentAsync(message.Id, attempts, result.Sent!, now, CancellationToken.None);
                DeliveryLog.Delivered(logger, message.Id, message.Kind, result.Code, attempts);
                break;
            case DeliveryStatus.Deferred:
                await outbox.ReleaseAsync(message.Id, claim, message.Attempts, result.NotBefore ?? now, cancellationToken);
                DeliveryLog.Deferred(logger, message.Id, message.Kind, result.Code, result.NotBefore ?? now);
                break;
            case DeliveryStatus.Retry when attempts < settings.MaxAttempts:
                var delay = DeliveryBackoff.Next(attempts, result.RetryAfter, settings);
                await outbox.ReleaseAsync(message.Id, claim, attempts, now + delay, cancellationToken);
                DeliveryLog.WillRetry(logger, message.Id, message.Kind, result.Code, attempts, settings.MaxAttempts, delay);
                break;
            case DeliveryStatus.Retry:
                await outbox.MarkFailedAsync(message.Id, claim, attempts, DeliveryCodes.RetriesExhausted, cancellationToken);
                DeliveryLog.Failed(logger, message.Id, message.Kind, DeliveryCodes.RetriesExhausted, attempts, false);
                break;
            case DeliveryStatus.Unreachable:
                // The note is queued before the failure is recorded: a crash in between retries the message and re-queues the same note, not a second one.
                var told = await leadNotes.TellLeadAsync(message, result.Code, cancellationToken);
                await outbox.MarkFailedAsync(message.Id, claim, attempts, result.Code, cancellationToken);
                DeliveryLog.Failed(logger, message.Id, message.Kind, result.Code, attempts, told);
                break;
            default:
                await outbox.MarkFailedAsync(message.Id, claim, attempts, result.Code, cancellationToken);
                DeliveryLog.Failed(logger, message.Id, message.Kind, result.Code, attempts, false);
                break;
        }
    }

    private async Task ReleaseAsync(IEnumerable<OutboxMessageEntity> unstarted, string claim)
    {
        foreach (var message in unstarted)
        {
            await outbox.ReleaseAsync(message.Id, claim, message.Attempts, message.DueAt, CancellationToken.None);
        }
    }
}
