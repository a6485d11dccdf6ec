using CaseBot.BotFramework.Builder;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Lookups;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// The agenda card's refresh: the meeting as it stands now, with "Record the meeting" for the lead while it is booked; the case's status
/// for advice-line staff and admins who are not on it.
/// </summary>
internal sealed class AgendaViews(CaseLookups lookups, StatusViews statusViews, AdviceLineHours ukHours)
{
    public async Task<AdaptiveCardInvokeResponse> RefreshAsync(CaseCaller caller, CaseCardData data, CancellationToken cancellationToken)
    {
        var view = await lookups.ViewAsync(caller, data.CaseId, cancellationToken);
        if (view.Kind == CaseViewKind.StatusOnly)
        {
            return ActionTicks.Card(statusViews.Card(view));
        }

        var criticalCase = view.OnTheCase;
        var meeting = criticalCase?.Meetings.FirstOrDefault(m => m.Number == data.MeetingNumber);
        return ActionTicks.Card(meeting is null
            ? RefusalCard.Build(CardNotices.NoSuchCase)
            : AgendaCard.Build(criticalCase!, meeting, ukHours.Zone, forLead: criticalCase!.IsLead(caller.AadObjectId)));
    }
}
