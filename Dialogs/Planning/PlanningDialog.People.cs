using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;

namespace CaseBot.Dialogs.Planning;

/// <summary>The planning answers kept in the dialog state, and small helpers over them.</summary>
public sealed partial class PlanningDialog
{
    private static MeetingType Type(WaterfallStepContext step) => step.GetValue<MeetingType>(Keys.Type);

    private static bool MayAttend(WaterfallStepContext step, Role role) => Attendance.Allows(Type(step), role);

    private static List<Attendee> Attendees(WaterfallStepContext step) => step.GetValue<List<Attendee>>(Keys.Attendees) ?? [];

    private static List<string> Taken(WaterfallStepContext step)
        => [.. Attendees(step).Select(a => a.Email).Prepend(step.GetValue<Attendee>(Keys.Organiser)?.Email ?? string.Empty).Where(e => e.Length > 0)];

    private static void Add(WaterfallStepContext step, Attendee? attendee)
    {
        if (attendee is not null && !Taken(step).Contains(attendee.Email, StringComparer.OrdinalIgnoreCase))
        {
            step.SetValue(Keys.Attendees, Attendees(step).Append(attendee).ToList());
        }
    }

    private static Task<DialogTurnResult> AskAttendeeAsync(WaterfallStepContext step, Role role, bool optional, CancellationToken ct)
        => step.BeginDialogAsync(nameof(AttendeeDialog), BotJson.ToElement(new AttendeeRequest(role, optional, Taken(step))), ct);

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

    private static class Keys
    {
        public const string CaseId = "caseId";
        public const string Type = "type";
        public const string Organiser = "organiser";
        public const string Attendees = "attendees";
        public const string Purpose = "purpose";
        public const string Duration = "duration";
        public const string Venue = "venue";
        public const string VenueDetail = "venueDetail";
        public const string Start = "start";
    }
}
