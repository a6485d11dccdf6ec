using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Booking;

/// <summary>The attendee rules of a <see cref="MeetingPlan"/>: valid details, roles the meeting type allows, no one twice, the organiser and someone else.</summary>
internal static class AttendeeRules
{
    public static IReadOnlyList<Attendee> Checked(MeetingType type, IReadOnlyList<Attendee> attendees, string organiserEmail)
    {
        MeetingPlan.Require(attendees.Count <= MeetingPlan.MaxAttendees, BookingText.TooManyAttendees);
        var people = attendees.Select(Trimmed).ToList();
        foreach (var person in people)
        {
            MeetingPlan.Require(Attendance.Allows(type, person.Role), BookingText.NotInvited(type, person.Role));
        }

        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        MeetingPlan.Require(people.TrueForAll(p => emails.Add(p.Email)), BookingText.DuplicateAttendee);
        MeetingPlan.Require(emails.Contains(organiserEmail), BookingText.OrganiserRequired);
        MeetingPlan.Require(emails.Count >= 2, BookingText.AnotherAttendeeRequired);
        return people.AsReadOnly();
    }

    private static Attendee Trimmed(Attendee attendee)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        var name = attendee.DisplayName?.Trim() ?? string.Empty;
        var email = attendee.Email?.Trim() ?? string.Empty;
        MeetingPlan.Require(name.Length is > 0 and <= MeetingPlan.MaxDisplayNameLength && EmailAddresses.IsValid(email), BookingText.AttendeeDetails);
        var aadObjectId = string.IsNullOrWhiteSpace(attendee.AadObjectId) ? null : attendee.AadObjectId.Trim();
        return new Attendee(attendee.Role, name, email, aadObjectId);
    }
}
