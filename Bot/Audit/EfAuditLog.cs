using CaseBot.Bot.Storage;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Audit;

/// <summary>The audit log in the CaseBot database: INSERTs and reads only.</summary>
internal sealed class EfAuditLog(ICaseBotDbContextFactory contextFactory, DatabaseWrites writes) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await writes.RunAsync(
            (db, ct) =>
            {
                db.AuditEntries.Add(AuditEntryEntity.From(entry));
                return db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecord>> ForCaseAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.TenantId == tenantId && e.CaseReference == reference.Value)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToRecord())];
    }
}
