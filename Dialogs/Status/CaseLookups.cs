using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// One lookup of a case by its reference, wherever it is asked (the "status" command, the search card, the case board): the access
/// policy decides, an audit entry is written whatever the outcome, and a log line says how it ended without the reference. A case the
/// caller may not see comes back exactly as a missing one, so no answer built on this can reveal that a case exists.
/// </summary>
public sealed partial class CaseLookups(ICaseRepository cases, CaseAccessPolicy access, IAuditLog audit, TimeProvider time, ILogger<CaseLookups> logger)
{
    public async Task<CaseLookup> LookUpAsync(CaseCaller caller, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(reference);
        var found = await cases.FindAsync(caller.TenantId, reference, cancellationToken);
        var decision = await access.DecideAsync(caller, found is null ? null : CaseParticipants.Of(found), cancellationToken);
        var now = time.GetUtcNow();
        await audit.AppendAsync(
            new AuditEntry(now, caller.TenantId, caller.AadObjectId, AuditAction.CaseLookup, StatusReplies.Outcome(decision.Outcome), found?.Id, reference),
            cancellationToken);
        LogLookup(logger, decision.Outcome, decision.Basis);
        return new CaseLookup(decision, decision.MayShow ? found : null, now);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case lookup answered: {Outcome} ({Basis})")]
    private static partial void LogLookup(ILogger logger, CaseAccessOutcome outcome, CaseAccessBasis basis);
}
