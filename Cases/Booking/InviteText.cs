using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Booking;

/// <summary>The fixed words of the meeting invitation.</summary>
public static class InviteText
{
    public const string SubjectSeparator = " – ";
    public const string PurposeHeading = "Why this meeting is called and what it must achieve";
    public const string VenueHeading = "Venue";
    public const string AgendaHeading = "Agenda";
    public const string AttendeesHeading = "Attending (by role)";
    public const string DisclosureHeading = "Disclosure";

    /// <summary>"You are invited to a Case Conference for case HR-2026-0142."</summary>
    public static string Intro(MeetingType type, string reference) => $"You are invited to a {MeetingCatalogue.Name(type)} for case {reference}.";

    /// <summary>"Expected duration: 1 hour 30 minutes" (the policy: "the expected duration must be communicated to all attendees with the invite").</summary>
    public static string ExpectedDuration(TimeSpan duration) => $"Expected duration: {DurationText.Format(duration)}";
}
