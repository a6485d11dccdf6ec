using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// The outbox kept in process (Storage:Provider=Memory): the same claims and states as the database, so the same worker drains it.
/// Nothing survives a restart, as nothing else does in memory mode.
/// </summary>
internal sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly List<OutboxMessageEntity> _rows = [];
    private readonly Lock _gate = new();

    /// <summary>Queues a case change's notices (called by the in-memory case repository as it saves the change); returns how many were new.</summary>
    public int Add(CriticalCase criticalCase, IReadOnlyList<CaseNotice> notices, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var added = 0;
        foreach (var notice in notices)
        {
            if (TryAdd(OutboxMessages.From(criticalCase, notice, now)))
            {
                added++;
            }
        }

        return added;
    }

    public Task<IReadOnlyList<OutboxMessageEntity>> ClaimAsync(
        string claim, int batchSize, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var claimed = _rows.Where(m => m.SentAt == null && !m.Failed && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.DueAt).ThenBy(m => m.CreatedAt).Take(batchSize).ToList();
            claimed.ForEach(m => (m.ClaimedBy, m.ClaimedUntil) = (claim, until));
            return Task.FromResult<IReadOnlyList<OutboxMessageEntity>>([.. claimed.Select(Copy)]);
        }
    }

    public Task<IReadOnlyList<OutboxMessageEntity>> FindSentAsync(Guid caseId, string kind, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<OutboxMessageEntity>>(Select(m => m.CaseId == caseId && m.Kind == kind && m.UpdateOf == null && m.SentActivityId != null));

    public Task<DateTimeOffset?> PendingDueAsync(Guid caseId, string kind, CancellationToken cancellationToken)
        => Task.FromResult(Select(m => m.CaseId == caseId && m.Kind == kind && m.UpdateOf == null && m.SentAt == null && !m.Failed)
            .Select(m => (DateTimeOffset?)m.DueAt).Max());

    public Task MarkSentAsync(Guid id, int attempts, SentMessage sent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        Change(id, null, m =>
        {
            (m.SentAt, m.Attempts, m.SentConversationId, m.SentActivityId, m.ServiceUrl) = (now, attempts, sent.ConversationId, sent.ActivityId, sent.ServiceUrl);
            (m.ClaimedBy, m.ClaimedUntil) = (null, null);
        });
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(Guid id, string claim, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        Change(id, claim, m => (m.Attempts, m.DueAt, m.ClaimedBy, m.ClaimedUntil) = (attempts, dueAt, null, null));
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(Guid id, string claim, int attempts, string failureCode, CancellationToken cancellationToken)
    {
        Change(id, claim, m => (m.Failed, m.FailureCode, m.Attempts, m.ClaimedBy, m.ClaimedUntil) = (true, failureCode, attempts, null, null));
        return Task.CompletedTask;
    }

    public Task EnqueueAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        TryAdd(Copy(message));
        return Task.CompletedTask;
    }

    private bool TryAdd(OutboxMessageEntity message)
    {
        lock (_gate)
        {
            if (_rows.Exists(m => string.Equals(m.DedupKey, message.DedupKey, StringComparison.Ordinal)))
            {
                return false;
            }

            _rows.Add(message);
            return true;
        }
    }

    private List<OutboxMessageEntity> Select(Func<OutboxMessageEntity, bool> predicate)
    {
        lock (_gate)
        {
            return [.. _rows.Where(predicate).OrderBy(m => m.CreatedAt).Select(Copy)];
        }
    }

    private void Change(Guid id, string? claim, Action<OutboxMessageEntity> change)
    {
        lock (_gate)
        {
            if (_rows.Find(m => m.Id == id) is { SentAt: null } row && (claim is null || row.ClaimedBy == claim))
            {
                change(row);
            }
        }
    }

    // Callers get copies, as they would get fresh rows from a database, so nothing changes the queue behind its lock.
    private static OutboxMessageEntity Copy(OutboxMessageEntity m) => new()
    {
        Id = m.Id, TenantId = m.TenantId, CaseId = m.CaseId, Kind = m.Kind, RecipientAadObjectId = m.RecipientAadObjectId,
        ConversationId = m.ConversationId, ActivityJson = m.ActivityJson, UpdateOf = m.UpdateOf, DedupKey = m.DedupKey,
        CreatedAt = m.CreatedAt, DueAt = m.DueAt, ClaimedBy = m.ClaimedBy, ClaimedUntil = m.ClaimedUntil, Attempts = m.Attempts,
        SentAt = m.SentAt, Failed = m.Failed, FailureCode = m.FailureCode, SentConversationId = m.SentConversationId,
        SentActivityId = m.SentActivityId, ServiceUrl = m.ServiceUrl,
    };
}
