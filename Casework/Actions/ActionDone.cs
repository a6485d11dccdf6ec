using CaseBot.Cases.Access;
using CaseBot.Cases.Actions;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Actions;

/// <summary>
/// Marks an action done for its owner: the one path behind the action card's "Mark done", the "my actions" card and the case board.
/// The tick is applied to a freshly read case (racing saves are retried, see <see cref="CaseChanges"/>) and saved with an update
/// notice, so every copy of the case's action list is replaced; anyone else, an unknown action or a repeat changes nothing.
/// </summary>
public sealed partial class ActionDone(CaseChanges changes, ICaseNotices notices, AdviceLineHours ukHours, TimeProvider time, ILogger<ActionDone> logger)
{
    public async Task<ActionDoneResult> MarkAsync(CaseCaller caller, Guid caseId, Guid actionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = time.GetUtcNow();
        var today = ActionDays.Today(now, ukHours.Zone);
        var result = await changes.ApplyAsync(caseId, caller, criticalCase =>
        {
            var outcome = criticalCase.TickAction(actionId, caller.AadObjectId, now);
            return outcome == TickOutcome.Done
                ? CaseChange<TickOutcome>.Saved(outcome, notices.ForTick(criticalCase, today))
                : CaseChange<TickOutcome>.Unchanged(outcome);
        }, cancellationToken);
        LogTick(logger, result.Status, result.Result);
        var outcome = result.Status switch
        {
            CaseChangeStatus.Missing => ActionDoneOutcome.NotFound,
            CaseChangeStatus.Conflict => ActionDoneOutcome.CaseChanged,
            _ => result.Result switch
            {
                TickOutcome.Done => ActionDoneOutcome.Done,
                TickOutcome.AlreadyDone => ActionDoneOutcome.AlreadyDone,
                TickOutcome.NotYours => ActionDoneOutcome.NotYours,
                _ => ActionDoneOutcome.NotFound,
            },
        };
        return new ActionDoneResult(outcome, result.Case);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Action tick answered: {Status} {Outcome}")]
    private static partial void LogTick(ILogger logger, CaseChangeStatus status, TickOutcome outcome);
}
