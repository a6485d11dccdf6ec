using CaseBot.Bot.Audit;
using CaseBot.Bot.Jobs;
using CaseBot.Bot.Storage;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseBot.Bot.CaseStore;

/// <summary>Retention in the CaseBot database: the case, its participants and its outbox rows go; a tombstone joins the audit, atomically.</summary>
internal sealed class EfCaseRetention(ICaseBotDbContextFactory contextFactory, TimeProvider timeProvider) : ICaseRetention
{
    private static readonly string Closed = CaseStage.Closed.ToString();

    public async Task<IReadOnlyList<ClosedCase>> ClosedBeforeAsync(DateTimeOffset cutoff, int max, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.Stage == Closed && c.ClosedAt != null && c.ClosedAt < cutoff)
            .OrderBy(c => c.ClosedAt).ThenBy(c => c.Id)
            .Take(max)
            .Select(c => new { c.Id, c.TenantId, c.Reference, c.ClosedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ClosedCase(r.Id, r.TenantId, CaseReference.Parse(r.Reference), r.ClosedAt!.Value))];
    }

    public async Task<bool> PurgeAsync(ClosedCase closedCase, DateTimeOffset cutoff, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closedCase);
        var tombstone = new AuditEntry(timeProvider.GetUtcNow(), closedCase.TenantId, actor, AuditAction.CasePurged, AuditOutcome.Saved, closedCase.Id, closedCase.Reference);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // PostgreSQL's retrying strategy runs the whole transaction as its unit; if a commit landed but its acknowledgement was lost,
        // the check finds the tombstone and reports success instead of running the purge again.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (Db: db, Case: closedCase, Cutoff: cutoff, Tombstone: tombstone),
            static (_, state, ct) => PurgeInTransactionAsync(state.Db, state.Case, state.Cutoff, state.Tombstone, ct),
            static async (_, state, ct) =>
            {
                state.Db.ChangeTracker.Clear();
                var purged = AuditCodes.Code(AuditAction.CasePurged);
                var done = await state.Db.AuditEntries.AnyAsync(e => e.CaseId == state.Case.Id && e.Action == purged, ct)
                    && !await state.Db.Cases.AnyAsync(c => c.Id == state.Case.Id, ct);
                return new ExecutionResult<bool>(done, done);
            },
            cancellationToken);
    }

    private static async Task<bool> PurgeInTransactionAsync(
        CaseBotDbContext db, ClosedCase closedCase, DateTimeOffset cutoff, AuditEntry tombstone, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = closedCase.Id;

        // Sent outbox rows go too: their activities hold the case's reference, actions and names, which retention must not keep.
        await db.OutboxMessages.Where(m => m.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        await db.CaseParticipants.Where(p => p.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Cases.Where(c => c.Id == id && c.Stage == Closed && c.ClosedAt != null && c.ClosedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        db.AuditEntries.Add(AuditEntryEntity.From(tombstone));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
