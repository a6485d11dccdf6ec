using System.Text;
using CaseBot.Cases.Booking;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// Writes an offline booking as an RFC 5545 iCalendar file with iTIP METHOD:REQUEST (or CANCEL): one VEVENT with UID = the booking
/// key, SEQUENCE, DTSTART/DTEND in UTC, SUMMARY = the invite subject, DESCRIPTION = the plain-text body, LOCATION, ORGANIZER and each
/// other attendee as ATTENDEE;ROLE=REQ-PARTICIPANT. Opening it in Outlook or any calendar app adds (or removes) the meeting.
/// </summary>
internal static class IcsWriter
{
    public const string ProductId = "-//CaseBot//Meeting booking//EN";
    public const string ContentType = "text/calendar";

    public static byte[] Write(OfflineBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var plan = booking.Plan;
        var invite = InviteContent.Build(plan);
        var meeting = new CalendarEvent
        {
            Uid = booking.TransactionId,
            Sequence = booking.Sequence,
            DtStamp = Utc(booking.Stamp),
            DtStart = Utc(plan.Start),
            DtEnd = Utc(plan.End),
            Summary = invite.Subject,
            Description = invite.TextBody,
            Location = invite.LocationDisplayName,
            Class = "PRIVATE",
            Status = booking.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer(MailTo(plan.OrganiserEmail)) { CommonName = CommonName(plan.Attendees.First(plan.IsOrganiser).DisplayName) },
        };
        foreach (var person in plan.Invitees)
        {
            meeting.Attendees.Add(new Ical.Net.DataTypes.Attendee(MailTo(person.Email))
            {
                CommonName = CommonName(person.DisplayName),
                Role = ParticipationRole.RequiredParticipant,
                ParticipationStatus = EventParticipationStatus.NeedsAction,
                Rsvp = !booking.IsCancelled,
            });
        }

        if (booking.CancelComment is { Length: > 0 } comment)
        {
            meeting.Comments.Add(comment);
        }

        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = booking.IsCancelled ? CalendarMethods.Cancel : CalendarMethods.Request };
        calendar.Events.Add(meeting);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);

    private static string MailTo(string address) => "mailto:" + address;

    /// <summary>
    /// A name as an iCalendar parameter value can hold it (RFC 5545 QSAFE-CHAR): Ical.Net escapes nothing inside a CN, and a line
    /// break would start a new property, a double quote end the value. Control characters become spaces, double quotes single ones.
    /// </summary>
    internal static string CommonName(string displayName)
    {
        var cleaned = new string([.. (displayName ?? string.Empty).Select(c => char.IsControl(c) ? ' ' : c == '"' ? '\'' : c)]);
        return string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
