using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Booking;

/// <summary>Valid meeting plans with made-up people, to vary one thing at a time.</summary>
internal static class TestPlans
{
    public const string OrganiserId = "00000000-0000-0000-0000-0000000000a1";
    public const string OrganiserEmail = "morgan.manager@example.org";

    public static readonly DateTimeOffset MondayTenBst = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(1));

    public static Attendee Manager { get; } = new(Role.ReferringManager, "Morgan Manager", OrganiserEmail, OrganiserId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", "00000000-0000-0000-0000-0000000000b2");

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra.caseworker@example.org", null);

    public static Attendee Individual { get; } = new(Role.Individual, "Isla Individual", "isla.individual@example.org", null);

    public static Attendee Representative { get; } = new(Role.Representative, "Rory Representative", "rory.rep@example.net", null);

    public static IReadOnlyList<Attendee> Professionals { get; } = [Manager, Clinician, Caseworker];

    public static IReadOnlyList<Attendee> Everyone { get; } = [Manager, Clinician, Caseworker, Individual, Representative];

    public static MeetingPlan Create(
        MeetingType type = MeetingType.CaseConference,
        IReadOnlyList<Attendee>? attendees = null,
        string purpose = "Agree the adjustments and a return-to-work plan.",
        TimeSpan? duration = null,
        Venue venue = Venue.WorkBase,
        string? venueDetail = null,
        DateTimeOffset? start = null,
        string organiserEmail = OrganiserEmail)
        => MeetingPlan.Create(
            CaseReference.Parse("HR-2026-0142"),
            type,
            attendees ?? (type == MeetingType.CaseConference ? Everyone : Professionals),
            purpose,
            duration ?? TimeSpan.FromMinutes(90),
            venue,
            venueDetail,
            start ?? MondayTenBst,
            OrganiserId,
            organiserEmail);
}
