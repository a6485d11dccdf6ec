using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Exports;

/// <summary>
/// What an admin may take away about one case: everything held on it, for a subject access request (JSON), and its audit trail (CSV,
/// lookups of it included, even while it did not exist). Anyone else is answered as for a missing case. Every attempt is audited.
/// </summary>
public sealed class CaseExports(ICaseRepository cases, CaseAccessPolicy access, IAuditLog audit, TimeProvider time)
{
    /// <summary>The case's data; a missing case is not found even for an admin.</summary>
    public Task<CaseExport> CaseDataAsync(CaseCaller caller, CaseReference reference, CancellationToken cancellationToken)
        => ExportAsync(caller, reference, AuditAction.CaseExported, (found, now, _) =>
        {
            var export = found is null ? new CaseExport(AuditOutcome.NotFound, null)
                : new CaseExport(AuditOutcome.Shown, CaseFile.For("case", reference, "json", CaseExportDocument.ContentType, CaseExportDocument.From(found, now).ToJson()));
            return Task.FromResult(export);
        }, cancellationToken);

    /// <summary>The case's audit trail; found while the trail has entries, even when the case itself is gone or never was.</summary>
    public Task<CaseExport> AuditTrailAsync(CaseCaller caller, CaseReference reference, CancellationToken cancellationToken)
        => ExportAsync(caller, reference, AuditAction.AuditExported, async (found, _, ct) =>
        {
            var trail = await audit.ForCaseAsync(caller.TenantId, reference, ct);
            return found is null && trail.Count == 0 ? new CaseExport(AuditOutcome.NotFound, null)
                : new CaseExport(AuditOutcome.Shown, CaseFile.For("audit", reference, "csv", AuditCsv.ContentType, AuditCsv.Write(trail)), trail.Count);
        }, cancellationToken);

    // The skeleton both share: find the case, decide as admin or not, export, and audit whatever the outcome.
    private async Task<CaseExport> ExportAsync(
        CaseCaller caller, CaseReference reference, AuditAction action, Func<CriticalCase?, DateTimeOffset, CancellationToken, Task<CaseExport>> forAdmin,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(reference);
        var found = await cases.FindAsync(caller.TenantId, reference, cancellationToken);
        var isAdmin = (await access.RolesAsync(caller, cancellationToken)).HasFlag(CallerRoles.Admin);
        var now = time.GetUtcNow();
        var export = isAdmin ? await forAdmin(found, now, cancellationToken)
            : new CaseExport(found is null ? AuditOutcome.NotFound : AuditOutcome.Denied, null);
        await audit.AppendAsync(new AuditEntry(now, caller.TenantId, caller.AadObjectId, action, export.Outcome, found?.Id, reference), cancellationToken);
        return export;
    }
}
