using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;

namespace CaseBot.Dialogs.Planning;

/// <summary>Asking for the attendees, and finding the organiser in the directory.</summary>
public sealed partial class PlanningDialog
{
    private static Task<DialogTurnResult> AskAttendeeAsync(WaterfallStepContext step, Role role, bool optional, CancellationToken ct)
        => step.BeginDialogAsync(nameof(AttendeeDialog), BotJson.ToElement(new AttendeeRequest(role, optional, step.State<PlanningAnswers>().Taken())), ct);

    private async Task<Person?> FindSelfAsync(string aadObjectId, CancellationToken ct)
    {
        try
        {
            return string.IsNullOrWhiteSpace(aadObjectId) ? null : await _directory.FindByIdAsync(aadObjectId, ct);
        }
        catch (MeetingCalendarException)
        {
            return null;
        }
    }
}
