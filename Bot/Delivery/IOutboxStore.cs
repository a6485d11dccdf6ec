namespace CaseBot.Bot.Delivery;

/// <summary>
/// The outbox rows, shared by every instance: claimed in batches under a lease, then marked sent, failed, or released for a later
/// try. A claim names its claimant (<c>claim</c>), and only that claimant releases or fails the row.
/// </summary>
internal interface IOutboxStore
{
    /// <summary>Claims up to <paramref name="batchSize"/> due rows (unsent, not failed, unclaimed or claim expired) until <paramref name="until"/>, oldest due first.</summary>
    Task<IReadOnlyList<OutboxMessageEntity>> ClaimAsync(string claim, int batchSize, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The rows of this case and kind that were posted (have an activity id): what an update replaces.</summary>
    Task<IReadOnlyList<OutboxMessageEntity>> FindSentAsync(Guid caseId, string kind, CancellationToken cancellationToken);

    /// <summary>When the last row of this case and kind (not itself an update) that still waits to be sent is due; null when none waits.</summary>
    Task<DateTimeOffset?> PendingDueAsync(Guid caseId, string kind, CancellationToken cancellationToken);

    /// <summary>Marks the row sent, whoever holds the claim (a message that went out must not go out again).</summary>
    Task MarkSentAsync(Guid id, int attempts, SentMessage sent, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the claim up: the row is due again at <paramref name="dueAt"/> with <paramref name="attempts"/> tries spent.</summary>
    Task ReleaseAsync(Guid id, string claim, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken);

    Task MarkFailedAsync(Guid id, string claim, int attempts, string failureCode, CancellationToken cancellationToken);

    /// <summary>Adds a row unless one with its <see cref="OutboxMessageEntity.DedupKey"/> exists.</summary>
    Task EnqueueAsync(OutboxMessageEntity message, CancellationToken cancellationToken);
}
