using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class MeetingRecommenderTests
{
    private static readonly CriticalCaseResult Critical = new(true, [new Reason(TriageReasonCodes.DefinitionMet, TriageText.ReasonDefinitionMet)]);

    public static TheoryData<NeedIdentifiedBy, Role, string> Leads => new()
    {
        { NeedIdentifiedBy.Manager, Role.ReferringManager, MeetingText.LeadManager },
        { NeedIdentifiedBy.OccupationalHealth, Role.OhClinician, MeetingText.LeadOccupationalHealth },
        { NeedIdentifiedBy.HumanResources, Role.EpsCaseworker, MeetingText.LeadHumanResources },
        { NeedIdentifiedBy.Individual, Role.EpsCaseworker, MeetingText.LeadIndividual },
        { NeedIdentifiedBy.Representative, Role.EpsCaseworker, MeetingText.LeadRepresentative },
    };

    public static TheoryData<NeedIdentifiedBy, bool, bool, bool, MeetingType, bool, string[]> Boundary => new()
    {
        // identified by, involvement needed, decide without, follows earlier CMM, type, conference may follow, meeting reason codes
        { NeedIdentifiedBy.Manager, false, true, false, MeetingType.CaseManagementMeeting, false, [MeetingReasonCodes.DecideWithoutIndividual] },
        { NeedIdentifiedBy.Manager, true, false, false, MeetingType.CaseConference, false, [MeetingReasonCodes.InvolveIndividual] },
        { NeedIdentifiedBy.Manager, true, true, false, MeetingType.CaseManagementMeeting, true, [MeetingReasonCodes.DecideWithoutIndividual, MeetingReasonCodes.ConferenceFollows] },
        { NeedIdentifiedBy.Manager, false, false, false, MeetingType.CaseManagementMeeting, false, [MeetingReasonCodes.ProactiveManagement] },
        { NeedIdentifiedBy.Manager, true, true, true, MeetingType.CaseConference, false, [MeetingReasonCodes.ConferenceAfterCmm] },
        { NeedIdentifiedBy.Manager, true, false, true, MeetingType.CaseConference, false, [MeetingReasonCodes.ConferenceAfterCmm] },
        { NeedIdentifiedBy.Manager, false, true, true, MeetingType.CaseManagementMeeting, false, [MeetingReasonCodes.DecideWithoutIndividual, MeetingReasonCodes.FurtherCmm] },
        { NeedIdentifiedBy.Manager, false, false, true, MeetingType.CaseManagementMeeting, false, [MeetingReasonCodes.ProactiveManagement, MeetingReasonCodes.FurtherCmm] },
        { NeedIdentifiedBy.Individual, false, false, false, MeetingType.CaseConference, false, [MeetingReasonCodes.PromptedByIndividual] },
        { NeedIdentifiedBy.Individual, true, true, false, MeetingType.CaseConference, false, [MeetingReasonCodes.PromptedByIndividual, MeetingReasonCodes.ProfessionalsMayPrepare] },
        { NeedIdentifiedBy.Representative, false, true, false, MeetingType.CaseConference, false, [MeetingReasonCodes.PromptedByIndividual, MeetingReasonCodes.ProfessionalsMayPrepare] },
    };

    public static TheoryData<NeedIdentifiedBy, bool, bool, bool> EveryRequest()
    {
        var data = new TheoryData<NeedIdentifiedBy, bool, bool, bool>();
        bool[] both = [false, true];
        foreach (var who in Enum.GetValues<NeedIdentifiedBy>())
        {
            foreach (var (involve, without, follows) in both.SelectMany(a => both.SelectMany(b => both.Select(c => (a, b, c)))))
            {
                data.Add(who, involve, without, follows);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Leads))]
    public void Recommend_AnyNeed_LeadIsWhoeverIdentifiedIt_OrEpsWhenPromptedByTheIndividualSide(NeedIdentifiedBy who, Role lead, string why)
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, who, false, true));

        Assert.Equal(new LeadOrganiser(lead, who, why), sut.Lead);
    }

    [Theory]
    [MemberData(nameof(Boundary))]
    public void Recommend_Answers_ChooseTheMeetingByThePolicy(NeedIdentifiedBy who, bool involve, bool decideWithout, bool followsCmm, MeetingType type, bool conferenceFollows, string[] codes)
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, who, involve, decideWithout, followsCmm));

        Assert.Equal(type, sut.Type);
        Assert.Equal(conferenceFollows, sut.ConferenceMayFollow);
        Assert.Equal([.. codes, TriageReasonCodes.DefinitionMet], sut.Reasons.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(EveryRequest))]
    public void Recommend_AnyRequest_CmmNeverAdmitsTheIndividualOrRepresentative(NeedIdentifiedBy who, bool involve, bool decideWithout, bool followsCmm)
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, who, involve, decideWithout, followsCmm));

        var individualSide = new[] { Role.Individual, Role.Representative };
        if (sut.Type == MeetingType.CaseManagementMeeting)
        {
            Assert.Empty(sut.MayAttend.Intersect(individualSide));
            Assert.Equal(individualSide, sut.MustNotAttend);
        }
        else
        {
            Assert.Equal(individualSide, sut.MayAttend.Intersect(individualSide));
            Assert.Empty(sut.MustNotAttend);
        }
    }

    [Fact]
    public void Recommend_NotCritical_IsRefused()
    {
        var request = new RecommendationRequest(new CriticalCaseResult(false, []), NeedIdentifiedBy.Manager, true, false);

        var ex = Assert.Throws<CaseRuleException>(() => MeetingRecommender.Recommend(request));

        Assert.Equal(MeetingText.NotCritical, ex.Message);
    }
}
