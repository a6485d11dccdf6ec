using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Caseload;
using CaseBot.Cases.Escalation;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Service;

/// <summary>
/// What the people who run the OH service see, and no one else: every open case of their tenant, filtered, ordered, a page at a time.
/// Every view is audited, whoever asks (denied for anyone outside the service role, who gets nothing, as for a page that does not exist).
/// </summary>
public sealed partial class ServiceBoard(
    CaseAccessPolicy access, ICaseloadSearch caseload, EscalationTiers tiers, IAuditLog audit, TimeProvider time, ILogger<ServiceBoard> logger)
{
    /// <summary>The escalation ladder (the tier filter's choices and names).</summary>
    public EscalationTiers Tiers => tiers;

    /// <summary>Whether the caller is in the service role (for showing the page's link): not audited, nothing of any case is read.</summary>
    public async Task<bool> IsServiceAsync(CaseCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return (await access.RolesAsync(caller, cancellationToken)).HasFlag(CallerRoles.Service);
    }

    /// <summary>The open cases asked for; null for anyone outside the service role. Audited either way.</summary>
    public async Task<CaseloadPage?> CaseloadAsync(CaseCaller caller, CaseloadQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var allowed = await IsServiceAsync(caller, cancellationToken);
        var outcome = allowed ? AuditOutcome.Shown : AuditOutcome.Denied;
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), caller.TenantId, caller.AadObjectId, AuditAction.ServiceCaseloadViewed, outcome, null, null), cancellationToken);
        LogView(logger, outcome);
        if (!allowed)
        {
            return null;
        }

        var size = Math.Clamp(query.PageSize, 1, CaseloadQuery.MaxPageSize);
        return await caseload.OpenCasesAsync(caller.TenantId, query with { PageSize = size }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Service caseload view answered: {Outcome}")]
    private static partial void LogView(ILogger logger, AuditOutcome outcome);
}
