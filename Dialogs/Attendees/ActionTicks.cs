using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Actions;
using CaseBot.Casework.Lookups;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// "Mark done" and the action list's refresh. A tick by the owner saves the case and updates every copy of the list (an update
/// notice); the clicker gets their own view back at once. Anyone else, an unknown action or a repeat changes nothing, and the card
/// says why. A case the caller may not see answers as an unknown action does; someone who may see it but is not on it (advice-line
/// staff, admins) is never shown the list, only why nothing changed, and its refresh shows them the case's status.
/// </summary>
internal sealed class ActionTicks(ActionDone actionDone, CaseLookups lookups, MyActionsCommand myActions, StatusViews statusViews, AdviceLineHours ukHours, TimeProvider time)
{
    public async Task<AdaptiveCardInvokeResponse> TickAsync(CaseCaller caller, ActionTickData data, CancellationToken cancellationToken)
    {
        var result = await actionDone.MarkAsync(caller, data.CaseId, data.ActionId, cancellationToken);
        var notice = result.Outcome switch
        {
            ActionDoneOutcome.Done => CardNotice.Done(CardNotices.MarkedDone),
            ActionDoneOutcome.AlreadyDone => CardNotice.Done(CardNotices.AlreadyDone),
            ActionDoneOutcome.NotYours => CardNotice.Refused(CardNotices.NotYours),
            ActionDoneOutcome.CaseChanged => CardNotice.Refused(CardNotices.CaseChanged),
            _ => CardNotice.Refused(CardNotices.NoSuchAction),
        };
        if (data.View == ActionTickData.MineView)
        {
            return Card(await myActions.CardForAsync(caller, notice, cancellationToken));
        }

        return result.Case is { } current && CaseLookups.IsOnTheCase(caller, current)
            ? Card(ActionListCard.ForViewer(current, CardDates.Today(time.GetUtcNow(), ukHours.Zone), caller.AadObjectId, notice: notice))
            : Card(RefusalCard.Build(notice.Text));
    }

    /// <summary>The viewer's own action list (Universal Actions refresh, or "Refresh card"); the status for staff and admins not on the case.</summary>
    public async Task<AdaptiveCardInvokeResponse> RefreshAsync(CaseCaller caller, CaseCardData data, CancellationToken cancellationToken)
    {
        var view = await lookups.ViewAsync(caller, data.CaseId, cancellationToken);
        return Card(view.Kind switch
        {
            CaseViewKind.OnTheCase => ActionListCard.ForViewer(view.OnTheCase!, CardDates.Today(view.At, ukHours.Zone), caller.AadObjectId),
            CaseViewKind.StatusOnly => statusViews.Card(view),
            _ => RefusalCard.Build(CardNotices.NoSuchCase),
        });
    }

    internal static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardSerializer.ToElement(card));
}
