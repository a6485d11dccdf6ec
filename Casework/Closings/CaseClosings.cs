using CaseBot.Cases;
using CaseBot.Cases.Access;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Lookups;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Closings;

/// <summary>
/// Closing a case with its outcome, and reopening it: the one path behind the chat's "close REF", the status card's button and the
/// board's. The lead only, through <see cref="CaseChanges"/> (a fresh read, version-checked save, retried on a lost race); the domain's
/// rules say no with their reason (a meeting booked, open actions, no outcome). The save is audited (case.closed, case.reopened) and
/// its chronology entry written by the domain; a closed case's retention counts from its closing.
/// </summary>
public sealed partial class CaseClosings(CaseLookups lookups, CaseChanges changes, TimeProvider time, ILogger<CaseClosings> logger)
{
    /// <summary>
    /// A case by reference for its lead to close: missing (or not theirs to see) alike, else the case and why it cannot close now (null:
    /// it can, once an outcome is picked). Not audited: nothing is shown but the reference they typed.
    /// </summary>
    public Task<ClosingCheck> CheckCloseAsync(CaseCaller caller, string reference, CancellationToken cancellationToken)
        => CheckAsync(caller, reference, c => c.WhyNotClose(caller.AadObjectId), cancellationToken);

    /// <summary>As <see cref="CheckCloseAsync"/>, for reopening: only the lead, only a closed case.</summary>
    public Task<ClosingCheck> CheckReopenAsync(CaseCaller caller, string reference, CancellationToken cancellationToken)
        => CheckAsync(caller, reference, c => c.WhyNotReopen(caller.AadObjectId), cancellationToken);

    public Task<ClosingResult> CloseAsync(CaseCaller caller, Guid caseId, CaseOutcome? outcome, string? otherReason, CancellationToken cancellationToken)
        => ApplyAsync(caller, caseId, ClosingOutcome.Closed, c => c.Close(caller.AadObjectId, outcome, otherReason, time.GetUtcNow()), cancellationToken);

    public Task<ClosingResult> ReopenAsync(CaseCaller caller, Guid caseId, string? reason, CancellationToken cancellationToken)
        => ApplyAsync(caller, caseId, ClosingOutcome.Reopened, c => c.Reopen(caller.AadObjectId, reason, time.GetUtcNow()), cancellationToken);

    private async Task<ClosingCheck> CheckAsync(CaseCaller caller, string reference, Func<CriticalCase, string?> whyNot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var led = await lookups.FindLedAsync(caller, reference, cancellationToken);
        return led.Case is { } found ? new ClosingCheck(found, whyNot(found)) : new ClosingCheck(null, CaseText.NoCaseFound);
    }

    private async Task<ClosingResult> ApplyAsync(CaseCaller caller, Guid caseId, ClosingOutcome done, Action<CriticalCase> rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var result = await changes.ApplyAsync(caseId, caller, criticalCase =>
        {
            try
            {
                rule(criticalCase);
                return CaseChange<string?>.Saved(null, []);
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<string?>.Unchanged(ex.Message);
            }
        }, cancellationToken);
        var closing = result.Status switch
        {
            CaseChangeStatus.Saved => new ClosingResult(done, null, result.Case),
            CaseChangeStatus.Unchanged => new ClosingResult(ClosingOutcome.Refused, result.Result, result.Case),
            CaseChangeStatus.Conflict => new ClosingResult(ClosingOutcome.CaseChanged, null, result.Case),
            _ => new ClosingResult(ClosingOutcome.NotFound, CaseText.NoCaseFound, null),
        };
        LogClosing(logger, done, closing.Outcome);
        return closing;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {Asked} answered: {Outcome}")]
    private static partial void LogClosing(ILogger logger, ClosingOutcome asked, ClosingOutcome outcome);
}
