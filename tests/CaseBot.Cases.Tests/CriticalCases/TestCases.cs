using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Tests.Booking;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.CriticalCases;

/// <summary>Cases at each stage, led by <see cref="TestPlans.OrganiserId"/>, for lifecycle tests.</summary>
internal static class TestCases
{
    public static readonly DateTimeOffset Opened = new(2026, 5, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly string ClinicianId = TestPlans.Clinician.AadObjectId!;

    public static CriticalCase Open(string reference = "HR-2026-0142")
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.LifeChangingEvent });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, true, false));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), TestPlans.OrganiserId, "tenant-1",
            new TriageRecord(NeedIdentifiedBy.Manager, answers, true, false), MeetingRecommender.Accept(recommendation), Opened);
    }

    public static CriticalCase Booked()
    {
        var sut = Open();
        sut.Book(TestPlans.Create(), new BookedMeeting("event-1", "https://teams.example/join", null, null), Opened.AddHours(1));
        return sut;
    }

    public static ActionItem ActionFor(string ownerId, Role role = Role.OhClinician, int dueInDays = 7)
        => new(Guid.NewGuid(), "Send the updated adjustments report", role, ownerId, DateOnly.FromDateTime(TestPlans.MondayTenBst.Date).AddDays(dueInDays));

    public static CriticalCase Held(params ActionItem[] actions)
    {
        var sut = Booked();
        sut.RecordMeeting(TestPlans.OrganiserId, ["Phased return agreed"], actions, TestPlans.MondayTenBst.AddHours(2));
        return sut;
    }
}
