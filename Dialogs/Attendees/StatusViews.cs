using CaseBot.Cards.Model;
using CaseBot.Cards.Status;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Lookups;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// What a case's card shows someone who may see the case but is not on it (advice-line staff, admins): the status card, as
/// <c>status</c> and the board show them; never the attendees' names, actions, decisions or purpose.
/// </summary>
internal sealed class StatusViews(AdviceLineHours ukHours)
{
    public AdaptiveCard Card(ViewedCase view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var criticalCase = view.StatusOnly ?? throw new ArgumentException("Only a status view is shown as the status card.", nameof(view));
        return StatusCard.Build(CaseStatus.Of(criticalCase, view.At, ukHours.Zone), ukHours.Zone, ukHours.Describe(ukHours.Status(view.At)));
    }
}
