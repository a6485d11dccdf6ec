using CaseBot.Cards.Model;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Booking;

/// <summary>
/// The organiser's confirmation once the meeting is booked: facts, what happens next (invites, cards to attendees), the join and
/// Outlook links when the calendar made them, and buttons to reschedule, cancel or record the meeting.
/// </summary>
public static class MeetingBookedCard
{
    public const string OfflineNote = "CaseBot is not connected to your calendar, so no invitations were sent. The invite is attached as an .ics file: open it to add the meeting to your calendar and send it to the attendees.";
    public const string GraphNote = "The invitations are on their way from your calendar, and each attendee picked in Teams gets the agenda and their role's responsibilities in a chat with CaseBot.";

    public static AdaptiveCard Build(CaseMeeting meeting, TimeZoneInfo zone, bool invitesSent)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var plan = meeting.Plan;
        var reference = plan.Reference.Value;
        var actions = new List<CardAction>();
        if (meeting.JoinUrl is { } join && Uri.IsWellFormedUriString(join, UriKind.Absolute))
        {
            actions.Add(new OpenUrlAction("Join link", new Uri(join)));
        }

        if (meeting.WebLink is { } web && Uri.IsWellFormedUriString(web, UriKind.Absolute))
        {
            actions.Add(new OpenUrlAction("Open in Outlook", new Uri(web)));
        }

        actions.Add(Command("Reschedule", $"reschedule {reference}"));
        actions.Add(Command("Cancel the meeting", $"cancel meeting {reference}"));
        return new AdaptiveCard
        {
            FallbackText = $"{MeetingCatalogue.Name(plan.Type)} booked for {reference}",
            Body =
            [
                new TextBlock($"{MeetingCatalogue.Name(plan.Type)} booked") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Good },
                MeetingPlanFacts.Build(plan, zone, meeting.JoinUrl),
                new TextBlock(invitesSent ? GraphNote : OfflineNote) { Wrap = true, Spacing = Spacing.Medium },
                new TextBlock($"After the meeting, type **record {MarkdownText.Inline(reference)}** to record the decisions and actions.") { Wrap = true, Size = TextSize.Small },
                new ActionSet { Actions = actions },
            ],
        };
    }

    private static SubmitAction Command(string title, string command) => new(title) { Data = CardSerializer.Data(new { command }) };
}
