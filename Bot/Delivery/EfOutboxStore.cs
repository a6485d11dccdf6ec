using CaseBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// The outbox in the CaseBot database. A claim is one conditional UPDATE (so two instances can never claim the same row), then the
/// rows carrying this claim are read back; see <see cref="ClaimRowsAsync"/> for each provider's statement. Writes go through
/// <see cref="DatabaseWrites"/>: on SQLite they join the turns' group commit instead of contending with it for the write lock.
/// </summary>
internal sealed class EfOutboxStore(ICaseBotDbContextFactory contextFactory, DatabaseWrites writes) : IOutboxStore
{
    public Task<IReadOnlyList<OutboxMessageEntity>> ClaimAsync(
        string claim, int batchSize, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
        => writes.RunAsync<IReadOnlyList<OutboxMessageEntity>>(
            async (db, ct) => await ClaimRowsAsync(db, claim, batchSize, now, until, ct) == 0
                ? []
                : await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimedBy == claim && m.SentAt == null && !m.Failed)
                    .OrderBy(m => m.DueAt).ThenBy(m => m.CreatedAt).ToListAsync(ct),
            cancellationToken);

    public async Task<IReadOnlyList<OutboxMessageEntity>> FindSentAsync(Guid caseId, string kind, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.CaseId == caseId && m.Kind == kind && m.UpdateOf == null && m.SentActivityId != null)
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> PendingDueAsync(Guid caseId, string kind, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.Where(m => m.CaseId == caseId && m.Kind == kind && m.UpdateOf == null && m.SentAt == null && !m.Failed)
            .OrderByDescending(m => m.DueAt).Select(m => (DateTimeOffset?)m.DueAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task MarkSentAsync(Guid id, int attempts, SentMessage sent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        await writes.RunAsync(
            (db, ct) => db.OutboxMessages.Where(m => m.Id == id && m.SentAt == null).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.SentConversationId, sent.ConversationId).SetProperty(m => m.SentActivityId, sent.ActivityId)
                    .SetProperty(m => m.ServiceUrl, sent.ServiceUrl)
                    .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                ct),
            cancellationToken);
    }

    public async Task ReleaseAsync(Guid id, string claim, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await writes.RunAsync(
            (db, ct) => db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == claim && m.SentAt == null).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.DueAt, dueAt)
                    .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                ct),
            cancellationToken);
    }

    public async Task MarkFailedAsync(Guid id, string claim, int attempts, string failureCode, CancellationToken cancellationToken)
    {
        await writes.RunAsync(
            (db, ct) => db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == claim && m.SentAt == null).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Failed, true).SetProperty(m => m.FailureCode, failureCode).SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                ct),
            cancellationToken);
    }

    public async Task EnqueueAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await writes.RunAsync(
                (db, ct) =>
                {
                    db.OutboxMessages.Add(message);
                    return db.SaveChangesAsync(ct);
                },
                cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Its dedup key is queued already (an earlier try got this far): one is enough.
        }
    }

    /// <summary>
    /// PostgreSQL: the candidate rows are locked with <c>FOR UPDATE SKIP LOCKED</c> and claimed in the same statement (one implicit
    /// transaction), so concurrent claimers skip each other's rows instead of waiting or taking them twice. SQLite has one writer at a
    /// time: the UPDATE with its subquery runs under the write lock, which makes the same conditional claim atomic.
    /// </summary>
    private static Task<int> ClaimRowsAsync(
        CaseBotDbContext db, string claim, int batchSize, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (db is PostgresCaseBotDbContext)
        {
            return db.Database.ExecuteSqlAsync(
                $"""
                UPDATE "OutboxMessages" SET "ClaimedBy" = {claim}, "ClaimedUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "SentAt" IS NULL AND NOT "Failed" AND "DueAt" <= {now} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                    ORDER BY "DueAt" LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                """,
                cancellationToken);
        }

        return db.OutboxMessages
            .Where(m => m.SentAt == null && !m.Failed && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.DueAt).Take(batchSize)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
    }
}
