using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Booking;

/// <summary>The plain words of the booking rules and calendar failures, shared by the rules, the conversation and the tests. None names a person.</summary>
public static class BookingText
{
    public const string PurposeRequired = "Please say why the meeting is being called and what it must achieve (up to 1000 characters); it goes into the invite.";
    public const string DurationRange = "A meeting lasts between 15 minutes and 8 hours.";
    public const string VenueDetailTooLong = "Please keep the venue details to 200 characters.";
    public const string AttendeeDetails = "Each attendee needs a name and a valid email address.";
    public const string DuplicateAttendee = "Each person can be invited only once.";
    public const string TooManyAttendees = "A meeting can have at most 20 attendees.";
    public const string OrganiserRequired = "The organiser must be one of the attendees.";
    public const string AnotherAttendeeRequired = "Please invite at least one other person besides the organiser.";

    public const string OnlyLead = "Only the case's lead can book, move or cancel its meeting.";
    public const string ChangedMeanwhile = "The case changed meanwhile (perhaps in another chat), so nothing was saved.";

    public const string CalendarUnavailable = "The calendar service is busy or unavailable just now, so nothing was booked or changed. Please try again in a few minutes.";
    public const string CalendarNotPermitted = "CaseBot is not allowed to use this calendar. Please ask your Microsoft 365 administrator to give CaseBot access to the organiser's mailbox.";
    public const string CalendarNotFound = "That meeting is no longer in the organiser's calendar.";
    public const string CalendarRefused = "The calendar service refused the request, so nothing was booked or changed.";
    public const string InviteNotWritten = "CaseBot couldn't write the meeting invite from these details, so nothing was booked or changed. Please check the attendees' names and addresses and plan the meeting again.";

    /// <summary>
    /// Why <paramref name="role"/> cannot be invited to <paramref name="type"/>. For a role the type excludes (<see cref="Attendance"/>:
    /// the individual and their representative at a CMM), the policy's reason: "the individual and their representative would not
    /// attend a management meeting", naming the roles the rule excludes.
    /// </summary>
    public static string NotInvited(MeetingType type, Role role)
        => Attendance.MustNotAttend(type).Contains(role)
            ? $"The {Lower(RoleCatalogue.Name(role))} cannot be invited to a {MeetingCatalogue.Name(type)}: {AttendanceText.Excluded(type)} do not attend a management meeting. A Case Conference is the meeting they are invited to."
            : $"The {Lower(RoleCatalogue.Name(role))} cannot be invited to a {MeetingCatalogue.Name(type)}.";

    /// <summary>"The individual's home is not a venue for a Case Management Meeting, which the individual does not attend." (see <see cref="VenueCatalogue.For"/>).</summary>
    public static string HomeNotAVenue(MeetingType type)
        => $"{VenueCatalogue.Name(Venue.Home)} is not a venue for a {MeetingCatalogue.Name(type)}, which {RoleCatalogue.InSentence(Role.Individual)} does not attend.";

    private static string Lower(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
