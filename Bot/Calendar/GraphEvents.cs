using CaseBot.Cases.Booking;
using Microsoft.Graph.Models;

namespace CaseBot.Bot.Calendar;

/// <summary>Meeting plans as Graph events, and Graph events as booked meetings.</summary>
internal static class GraphEvents
{
    /// <summary>
    /// The event to create: the invite's subject and HTML body, UTC times, every attendee but the organiser as required, the venue,
    /// a Teams meeting, and <paramref name="transactionId"/> so Graph ignores a repeated create. Marked private: the organiser's
    /// delegates and calendar viewers see only that the time is taken.
    /// </summary>
    public static Event ToEvent(MeetingPlan plan, string transactionId)
    {
        var invite = InviteContent.Build(plan);
        return new Event
        {
            Subject = invite.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = invite.HtmlBody },
            Start = GraphTime.From(plan.Start),
            End = GraphTime.From(plan.End),
            Attendees = [.. plan.Invitees.Select(ToAttendee)],
            Location = new Location { DisplayName = invite.LocationDisplayName },
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            Sensitivity = Sensitivity.Private,
            TransactionId = transactionId,
        };
    }

    /// <summary>A PATCH that moves the event and changes nothing else (a body change would need the online-meeting blob kept).</summary>
    public static Event Moved(DateTimeOffset start, TimeSpan duration) => new()
    {
        Start = GraphTime.From(start),
        End = GraphTime.From(start + duration),
    };

    public static BookedMeeting ToBooked(Event? created)
    {
        if (created?.Id is not { Length: > 0 } id)
        {
            throw MeetingCalendarException.For(CalendarFailure.Refused);
        }

        // The meeting's chat is in its join link, where Teams posts the meeting's start and end events.
        var joinUrl = created.OnlineMeeting?.JoinUrl;
        return new BookedMeeting(id, joinUrl, created.WebLink, null, MeetingChats.FromJoinUrl(joinUrl));
    }

    private static Microsoft.Graph.Models.Attendee ToAttendee(CaseBot.Cases.Booking.Attendee person) => new()
    {
        EmailAddress = new EmailAddress { Address = person.Email, Name = person.DisplayName },
        Type = AttendeeType.Required,
    };
}
