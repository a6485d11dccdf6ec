using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>Meeting plans with made-up people for the calendar tests.</summary>
internal static class CalendarPlans
{
    public const string OrganiserId = "0b7c1e2a-0000-4000-8000-0000000000a1";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>Monday 1 June 2026, 10:00 BST (09:00 UTC).</summary>
    public static readonly DateTimeOffset MondayTenBst = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly Guid CaseId = Guid.Parse("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

    public static Attendee Manager { get; } = new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", OrganiserId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", null);

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra.caseworker@example.org", null);

    public static Attendee Individual { get; } = new(Role.Individual, "Isla Individual", "isla.individual@example.org", null);

    public static Attendee Representative { get; } = new(Role.Representative, "Rory Representative", "rory.rep@example.net", null);

    public static string Key(int meeting = 1) => BookingKey.For(Tenant, CaseId, meeting);

    public static MeetingPlan Conference(DateTimeOffset? start = null, string purpose = "Agree adjustments and a return-to-work plan.")
        => MeetingPlan.Create(
            CaseReference.Parse("HR-2026-0142"),
            MeetingType.CaseConference,
            [Manager, Clinician, Caseworker, Individual, Representative],
            purpose,
            TimeSpan.FromMinutes(90),
            Venue.OccupationalHealth,
            "Room 2",
            start ?? MondayTenBst,
            OrganiserId,
            Manager.Email);

    public static MeetingPlan Cmm(DateTimeOffset? start = null, IReadOnlyList<Attendee>? attendees = null)
        => MeetingPlan.Create(
            CaseReference.Parse("HR-2026-0142"),
            MeetingType.CaseManagementMeeting,
            attendees ?? [Manager, Clinician, Caseworker],
            "Agree the options before the conference.",
            TimeSpan.FromHours(1),
            Venue.OnlineOnly,
            null,
            start ?? MondayTenBst,
            OrganiserId,
            Manager.Email);
}
