using CaseBot.Cards;
using CaseBot.Cards.Booking;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Dialogs.Planning;

/// <summary>Replies of the meeting commands.</summary>
public static class PlanningCommandText
{
    public static string NeedsReference(string command) => $"Please add the case reference, for example **{command} HR-2026-0142**.";

    public static string Cancelled(CaseMeeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var plan = meeting.Plan;
        var reference = MarkdownText.Inline(plan.Reference.Value);
        return $"The {MeetingCatalogue.Name(plan.Type)} for {reference} on {MeetingTimes.Span(plan.Start, plan.End, zone)} is cancelled, and the attendees are told. Type **plan {reference}** to book another.";
    }
}
