using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Tests.CriticalCases;

namespace CaseBot.Cases.Tests.Escalation;

/// <summary>Cases opened, booked and held at chosen instants, and two tiers shaped like the shipped defaults, for the stuck-case rule.</summary>
internal static class TestStuckCases
{
    public const string LeadId = "00000000-0000-0000-0000-0000000000a1";
    public const string ClinicianId = "00000000-0000-0000-0000-0000000000b2";
    public static readonly DateTimeOffset MeetingStart = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<StuckTier> Tiers { get; } =
    [
        new() { Name = "Stuck", OverdueActionDays = 14, NoProgressWeeks = 4, Notify = StuckNotify.Lead },
        new() { Name = "Escalated", OverdueActionDays = 28, NoProgressWeeks = 8, Notify = StuckNotify.LeadAndAdmins },
    ];

    private static Attendee Lead { get; } = new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", LeadId);

    private static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", ClinicianId);

    public static CriticalCase Open(string reference, DateTimeOffset now)
    {
        var opened = TestCases.Open(reference);
        return CriticalCase.Open(Guid.NewGuid(), opened.Reference, LeadId, opened.TenantId, opened.Triage, opened.Decision, now);
    }

    public static MeetingPlan Plan(CriticalCase criticalCase)
        => MeetingPlan.Create(
            criticalCase.Reference, MeetingType.CaseManagementMeeting, [Lead, Clinician], "Agree how to move the case on.",
            TimeSpan.FromMinutes(60), Venue.OnlineOnly, null, MeetingStart, LeadId, Lead.Email);

    public static ActionItem Action(DateOnly due) => new(Guid.NewGuid(), "Send the updated report", Role.OhClinician, ClinicianId, due);
}
