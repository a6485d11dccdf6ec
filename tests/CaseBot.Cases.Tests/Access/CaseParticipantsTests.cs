using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Access;

public sealed class CaseParticipantsTests
{
    [Fact]
    public void Of_OpenedCase_HasItsTenantAndLeadAndNoAttendeesYet()
    {
        var assessment = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(true, true, true, new HashSet<Trigger>()));
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(assessment, NeedIdentifiedBy.Manager, true, false));
        var criticalCase = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse("HR-1"), "lead-id", "tenant-1",
            new TriageRecord(NeedIdentifiedBy.Manager, new CriticalCaseAnswers(true, true, true, new HashSet<Trigger>()), true, false),
            MeetingRecommender.Accept(recommendation), DateTimeOffset.UnixEpoch);

        var sut = CaseParticipants.Of(criticalCase);

        Assert.Equal(("tenant-1", "lead-id"), (sut.TenantId, sut.LeadAadObjectId));
        Assert.Empty(sut.AttendeeAadObjectIds);
    }
}
