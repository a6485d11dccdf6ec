using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Preparation;

/// <summary>
/// Reading what the individual (and their representative) said before a Case Conference: the case's lead only, and every attempt is
/// audited (<see cref="AuditAction.PreparationViewed"/>: shown to the lead, denied to anyone else, not found). Every front door that
/// shows the answers (the chat, the board) reads them here.
/// </summary>
public sealed partial class PreparationReads(ICaseRepository cases, IAuditLog audit, TimeProvider time, ILogger<PreparationReads> logger)
{
    public async Task<PreparationRead> ReadAsync(CaseCaller caller, Guid caseId, int meetingNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await cases.FindByIdAsync(caseId, cancellationToken);
        var inTenant = found is not null && string.Equals(found.TenantId, caller.TenantId, StringComparison.Ordinal) ? found : null;
        var outcome = inTenant is null ? AuditOutcome.NotFound : inTenant.IsLead(caller.AadObjectId) ? AuditOutcome.Shown : AuditOutcome.Denied;
        await audit.AppendAsync(
            new AuditEntry(time.GetUtcNow(), caller.TenantId, caller.AadObjectId, AuditAction.PreparationViewed, outcome, inTenant?.Id, inTenant?.Reference),
            cancellationToken);
        LogRead(logger, outcome);
        return outcome == AuditOutcome.Shown ? new PreparationRead(inTenant, inTenant!.PreparationsFor(meetingNumber)) : PreparationRead.Refused;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Preparation read answered: {Outcome}")]
    private static partial void LogRead(ILogger logger, AuditOutcome outcome);
}
