using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Audit;

/// <summary>
/// The append-only audit log: entries are added and read, never changed or removed (there are deliberately no such methods; a
/// later purge of a case leaves its audit entries and appends a tombstone).
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry about <paramref name="reference"/> in the tenant, oldest first (lookups of a missing case included).</summary>
    Task<IReadOnlyList<AuditRecord>> ForCaseAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken);
}
