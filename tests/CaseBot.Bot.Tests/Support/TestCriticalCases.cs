using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Bot.Tests.Support;

/// <summary>Made-up cases at each stage (tenant "t1"), with a lead, a clinician picked in Teams and a caseworker by email only.</summary>
internal static class TestCriticalCases
{
    public const string Tenant = "t1";
    public const string LeadId = "00000000-0000-0000-0000-0000000000a1";
    public const string ClinicianId = "00000000-0000-0000-0000-0000000000b2";
    public static readonly DateTimeOffset MeetingStart = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static Attendee Lead { get; } = new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", LeadId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", ClinicianId);

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra.caseworker@example.org", null);

    public static CriticalCase Open(string reference, DateTimeOffset now, string lead = LeadId, string tenant = Tenant)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.LifeChangingEvent });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, false, true));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), lead, tenant, new TriageRecord(NeedIdentifiedBy.Manager, answers, false, true),
            MeetingRecommender.Accept(recommendation), now);
    }

    public static MeetingPlan Plan(CriticalCase criticalCase, IReadOnlyList<Attendee>? attendees = null)
        => MeetingPlan.Create(
            criticalCase.Reference, MeetingType.CaseManagementMeeting, attendees ?? [Lead, Clinician, Caseworker], "Agree how to move the case on.",
            TimeSpan.FromMinutes(60), Venue.OnlineOnly, null, MeetingStart, LeadId, Lead.Email);

    public static ActionItem Action(string ownerId = ClinicianId, Role role = Role.OhClinician, DateOnly? due = null)
        => new(Guid.NewGuid(), "Send the updated report", role, ownerId, due ?? new DateOnly(2026, 12, 8));
}
