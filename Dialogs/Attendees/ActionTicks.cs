using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cases.Access;
using CaseBot.Cases.Actions;
using CaseBot.Cases.AdviceLine;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// "Mark done" and the action list's refresh. A tick by the owner saves the case and updates every copy of the list (an update
/// notice); the clicker gets their own view back at once. Anyone else, an unknown action or a repeat changes nothing, and the card
/// says why. A case the caller may not see answers as an unknown action does.
/// </summary>
internal sealed partial class ActionTicks(CaseChanges changes, MyActionsCommand myActions, AdviceLineHours ukHours, TimeProvider time, ILogger<ActionTicks> logger)
{
    public async Task<AdaptiveCardInvokeResponse> TickAsync(CaseCaller caller, ActionTickData data, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = CardDates.Today(now, ukHours.Zone);
        var result = await changes.ApplyAsync(data.CaseId, caller, criticalCase =>
        {
            var outcome = criticalCase.TickAction(data.ActionId, caller.AadObjectId, now);
            return outcome == TickOutcome.Done
                ? CaseChange<TickOutcome>.Saved(outcome, AttendeeNotices.ForTick(criticalCase, today))
                : CaseChange<TickOutcome>.Unchanged(outcome);
        }, cancellationToken);
        LogTick(logger, result.Status, result.Result);
        var notice = result.Status switch
        {
            CaseChangeStatus.Missing => CardNotice.Refused(CardNotices.NoSuchAction),
            CaseChangeStatus.Conflict => CardNotice.Refused(CardNotices.CaseChanged),
            _ => result.Result switch
            {
                TickOutcome.Done => CardNotice.Done(CardNotices.MarkedDone),
                TickOutcome.AlreadyDone => CardNotice.Done(CardNotices.AlreadyDone),
                TickOutcome.NotYours => CardNotice.Refused(CardNotices.NotYours),
                _ => CardNotice.Refused(CardNotices.NoSuchAction),
            },
        };
        if (data.View == ActionTickData.MineView)
        {
            return Card(await myActions.CardForAsync(caller, notice, cancellationToken));
        }

        return result.Case is { } current
            ? Card(ActionListCard.ForViewer(current, today, caller.AadObjectId, notice: notice))
            : Card(RefusalCard.Build(notice.Text));
    }

    /// <summary>The viewer's own action list (Universal Actions refresh, or "Refresh card").</summary>
    public async Task<AdaptiveCardInvokeResponse> RefreshAsync(CaseCaller caller, CaseCardData data, CancellationToken cancellationToken)
    {
        var criticalCase = await changes.ReadAsync(data.CaseId, caller, cancellationToken);
        return Card(criticalCase is null
            ? RefusalCard.Build(CardNotices.NoSuchCase)
            : ActionListCard.ForViewer(criticalCase, CardDates.Today(time.GetUtcNow(), ukHours.Zone), caller.AadObjectId));
    }

    internal static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardSerializer.ToElement(card));

    [LoggerMessage(Level = LogLevel.Information, Message = "Action tick answered: {Status} {Outcome}")]
    private static partial void LogTick(ILogger logger, CaseChangeStatus status, TickOutcome outcome);
}
