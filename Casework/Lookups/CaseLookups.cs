using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Lookups;

/// <summary>
/// Reading a case as a caller may see it, wherever it is asked. A lookup by reference (the "status" command, the search card, the
/// case board) and a view by id (a card's refresh) are decided by the access policy, audited whatever the outcome, and logged without
/// the reference. A case the caller may not see comes back exactly as a missing one, so no answer built on this can reveal that a case
/// exists.
/// </summary>
public sealed partial class CaseLookups(
    ICaseRepository cases, ICaseReferenceSearch search, CaseAccessPolicy access, IAuditLog audit, TimeProvider time, ILogger<CaseLookups> logger)
{
    public const int MaxSuggestions = 20;

    public async Task<CaseLookup> LookUpAsync(CaseCaller caller, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(reference);
        var found = await cases.FindAsync(caller.TenantId, reference, cancellationToken);
        var decision = await access.DecideAsync(caller, found is null ? null : CaseParticipants.Of(found), cancellationToken);
        var now = time.GetUtcNow();
        await audit.AppendAsync(
            new AuditEntry(now, caller.TenantId, caller.AadObjectId, AuditAction.CaseLookup, Audited(decision.Outcome), found?.Id, reference),
            cancellationToken);
        LogLookup(logger, decision.Outcome, decision.Basis);
        return new CaseLookup(decision, decision.MayShow ? found : null, now);
    }

    /// <summary>
    /// The references that start with what was typed, among the cases the caller may see: any in the tenant for advice-line staff and
    /// admins (who may see every case), else only the caller's own. Each is looked up, and audited, when it is opened.
    /// </summary>
    public async Task<IReadOnlyList<CaseReference>> StartingWithAsync(CaseCaller caller, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = await access.RolesAsync(caller, cancellationToken);
        var seesEveryCase = roles.HasFlag(CallerRoles.Admin) || roles.HasFlag(CallerRoles.AdviceLineStaff) || roles.HasFlag(CallerRoles.Service);
        return await search.StartingWithAsync(caller.TenantId, typed, seesEveryCase ? null : caller.AadObjectId, MaxSuggestions, cancellationToken);
    }

    /// <summary>
    /// A case by id for a person to read (a card's refresh, or any door that shows a case it names by id): its own people (lead,
    /// attendees) get it for their card; anyone else the policy lets see it (advice-line staff, admins) only for its status, which is
    /// what <c>status</c> and the board show them; everyone else nothing, as for a missing case. Audited whatever the outcome
    /// (<see cref="AuditAction.CaseCardViewed"/>); a case of another tenant is audited as not found, without its id or reference.
    /// </summary>
    public async Task<ViewedCase> ViewAsync(CaseCaller caller, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await cases.FindByIdAsync(caseId, cancellationToken);
        var participants = found is null ? null : CaseParticipants.Of(found);

        // A participant needs no role lookup (which may call Graph); anyone else is decided by the policy.
        var asParticipant = CaseAccessPolicy.Decide(caller, CallerRoles.None, participants);
        var decision = asParticipant.Outcome == CaseAccessOutcome.Denied ? await access.DecideAsync(caller, participants, cancellationToken) : asParticipant;
        var kind = !decision.MayShow ? CaseViewKind.Hidden : asParticipant.MayShow ? CaseViewKind.OnTheCase : CaseViewKind.StatusOnly;
        var inTenant = decision.Outcome == CaseAccessOutcome.NotFound ? null : found;
        var now = time.GetUtcNow();
        await audit.AppendAsync(
            new AuditEntry(now, caller.TenantId, caller.AadObjectId, AuditAction.CaseCardViewed, Audited(decision.Outcome), inTenant?.Id, inTenant?.Reference),
            cancellationToken);
        LogView(logger, kind, decision.Basis);
        return new ViewedCase(kind, kind == CaseViewKind.Hidden ? null : found, now);
    }

    /// <summary>Whether the caller is one of the case's own people (its lead, or an attendee of a meeting not cancelled), whatever else they are.</summary>
    public static bool IsOnTheCase(CaseCaller caller, CriticalCase criticalCase)
        => CaseAccessPolicy.Decide(caller, CallerRoles.None, CaseParticipants.Of(criticalCase)).MayShow;

    /// <summary>
    /// The case if it exists in the caller's tenant and the caller may see it (lead, attendee, staff, admin); else null. Not audited: it
    /// is for acting on a case (<c>CaseChanges</c>, the lead's own planning), not for showing it; a door that shows a case uses
    /// <see cref="ViewAsync"/>.
    /// </summary>
    public async Task<CriticalCase?> FindForAsync(CaseCaller caller, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await cases.FindByIdAsync(caseId, cancellationToken);
        return found is not null && await MayShowAsync(caller, found, cancellationToken) ? found : null;
    }

    /// <summary>
    /// A case by its reference for its lead to act on (plan, reschedule, record): missing when it does not exist or the caller may not
    /// see it, so a stranger learns nothing; found but not theirs to act on when they see it without leading it.
    /// </summary>
    public async Task<LedCase> FindLedAsync(CaseCaller caller, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = CaseReference.TryParse(reference, out var parsed) ? await cases.FindAsync(caller.TenantId, parsed!, cancellationToken) : null;
        return found is null || !await MayShowAsync(caller, found, cancellationToken)
            ? LedCase.Missing
            : new LedCase(found, true, found.IsLead(caller.AadObjectId));
    }

    /// <summary>The cases in the caller's tenant that they lead or attend: theirs to see by the access policy itself, so not a lookup.</summary>
    public Task<IReadOnlyList<CriticalCase>> MineAsync(CaseCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return cases.ListForParticipantAsync(caller.TenantId, caller.AadObjectId, cancellationToken);
    }

    /// <summary>How the audit records an access decision.</summary>
    public static AuditOutcome Audited(CaseAccessOutcome outcome) => outcome switch
    {
        CaseAccessOutcome.Granted => AuditOutcome.Shown,
        CaseAccessOutcome.NotFound => AuditOutcome.NotFound,
        CaseAccessOutcome.Denied => AuditOutcome.Denied,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    // A participant needs no role lookup (which may call Graph); anyone else is decided by the policy.
    private async Task<bool> MayShowAsync(CaseCaller caller, CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        var participants = CaseParticipants.Of(criticalCase);
        var asParticipant = CaseAccessPolicy.Decide(caller, CallerRoles.None, participants);
        return asParticipant.MayShow || (asParticipant.Outcome != CaseAccessOutcome.NotFound && (await access.DecideAsync(caller, participants, cancellationToken)).MayShow);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case lookup answered: {Outcome} ({Basis})")]
    private static partial void LogLookup(ILogger logger, CaseAccessOutcome outcome, CaseAccessBasis basis);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case card view answered: {Kind} ({Basis})")]
    private static partial void LogView(ILogger logger, CaseViewKind kind, CaseAccessBasis basis);
}
