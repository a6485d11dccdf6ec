using CaseBot.Cases.Audit;
using CaseBot.Cases.CaseFiles;

namespace CaseBot.Bot.Audit;

/// <summary>
/// Audits every change made through <see cref="ICaseRepository"/>: opening a case (saved, or refused for a duplicate reference).
/// Reads are audited where the caller is known (the status lookup), not here. New change methods on the repository get their
/// entry here too, so no feature can change a case unaudited.
/// </summary>
internal sealed class AuditedCaseRepository(ICaseRepository inner, IAuditLog audit, TimeProvider timeProvider) : ICaseRepository
{
    public async Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        try
        {
            await inner.AddAsync(criticalCase, cancellationToken);
        }
        catch (DuplicateCaseReferenceException)
        {
            await AppendAsync(criticalCase, null, AuditOutcome.Refused, cancellationToken);
            throw;
        }

        await AppendAsync(criticalCase, criticalCase.Id, AuditOutcome.Saved, cancellationToken);
    }

    public Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
        => inner.FindAsync(tenantId, reference, cancellationToken);

    // The lead opens the case, so the lead is the actor. A refused duplicate names no case id: that case was never saved.
    private Task AppendAsync(CriticalCase criticalCase, Guid? caseId, AuditOutcome outcome, CancellationToken cancellationToken)
        => audit.AppendAsync(
            new AuditEntry(timeProvider.GetUtcNow(), criticalCase.TenantId, Actor(criticalCase.LeadAadObjectId), AuditAction.CaseOpened, outcome, caseId, criticalCase.Reference),
            cancellationToken);

    private static string Actor(string id) => string.IsNullOrWhiteSpace(id) ? AuditEntry.UnknownActor : id;
}
