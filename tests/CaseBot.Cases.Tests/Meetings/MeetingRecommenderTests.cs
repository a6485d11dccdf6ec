using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class MeetingRecommenderTests
{
    private static readonly CriticalCaseResult Critical = new(true, [new Reason("definition-met", "critical")]);

    public static TheoryData<NeedIdentifiedBy, Role> Leads => new()
    {
        { NeedIdentifiedBy.Manager, Role.ReferringManager },
        { NeedIdentifiedBy.OccupationalHealth, Role.OhClinician },
        { NeedIdentifiedBy.HumanResources, Role.EpsCaseworker },
        { NeedIdentifiedBy.Individual, Role.EpsCaseworker },
        { NeedIdentifiedBy.Representative, Role.EpsCaseworker },
    };

    [Theory]
    [MemberData(nameof(Leads))]
    public void Recommend_LeadIsWhoeverIdentifiedTheNeed_OrEpsForTheIndividual(NeedIdentifiedBy who, Role lead)
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, who, false, true));

        Assert.Equal(lead, sut.Lead.LeadRole);
        Assert.Equal(who, sut.Lead.IdentifiedBy);
    }

    [Theory]
    [InlineData(false, true, MeetingType.CaseManagementMeeting, false, "decide-without-individual")]
    [InlineData(true, false, MeetingType.CaseConference, false, "involve-individual")]
    [InlineData(true, true, MeetingType.CaseManagementMeeting, true, "decide-without-individual")]
    [InlineData(false, false, MeetingType.CaseManagementMeeting, false, "proactive-management")]
    public void Recommend_Boundary_FollowsThePolicy(bool involve, bool decideWithout, MeetingType type, bool conferenceFollows, string reason)
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, NeedIdentifiedBy.Manager, involve, decideWithout));

        Assert.Equal(type, sut.Type);
        Assert.Equal(conferenceFollows, sut.ConferenceMayFollow);
        Assert.Equal(reason, sut.Reasons[0].Code);
        Assert.Contains(sut.Reasons, r => r.Code == "definition-met");
    }

    [Theory]
    [InlineData(NeedIdentifiedBy.Individual)]
    [InlineData(NeedIdentifiedBy.Representative)]
    public void Recommend_PromptedByIndividualSide_IsAConference(NeedIdentifiedBy who)
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, who, false, true));

        Assert.Equal(MeetingType.CaseConference, sut.Type);
        Assert.Contains(Role.Individual, sut.MayAttend);
    }

    [Fact]
    public void Recommend_Cmm_NeverAdmitsTheIndividualOrRepresentative()
    {
        var sut = MeetingRecommender.Recommend(new RecommendationRequest(Critical, NeedIdentifiedBy.OccupationalHealth, false, true));

        Assert.DoesNotContain(Role.Individual, sut.MayAttend);
        Assert.DoesNotContain(Role.Representative, sut.MayAttend);
        Assert.Equal([Role.Individual, Role.Representative], sut.MustNotAttend);
    }

    [Fact]
    public void Recommend_NotCritical_IsRefused()
        => Assert.Throws<CaseRuleException>(() => MeetingRecommender.Recommend(
            new RecommendationRequest(new CriticalCaseResult(false, []), NeedIdentifiedBy.Manager, true, false)));

    [Fact]
    public void Override_ToCmmFromConference_DropsTheIndividualSideAndKeepsTheReason()
    {
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(Critical, NeedIdentifiedBy.Manager, true, false));

        var sut = MeetingDecision.Override(recommendation, MeetingType.CaseManagementMeeting, "Professionals must align first");

        Assert.False(sut.FollowsRecommendation);
        Assert.Equal("Professionals must align first", sut.OverrideReason);
        Assert.DoesNotContain(Role.Individual, sut.MayAttend);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Override_WithoutReason_IsRefused(string reason)
    {
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(Critical, NeedIdentifiedBy.Manager, true, false));

        Assert.Throws<CaseRuleException>(() => MeetingDecision.Override(recommendation, MeetingType.CaseManagementMeeting, reason));
    }

    [Fact]
    public void Override_ReasonOver500Characters_IsRefused()
    {
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(Critical, NeedIdentifiedBy.Manager, true, false));

        Assert.Throws<CaseRuleException>(() => MeetingDecision.Override(recommendation, MeetingType.CaseManagementMeeting, new string('x', 501)));
    }

    [Fact]
    public void VenueCatalogue_OnlyTheNeutralVenueCarriesTheCostNote()
        => Assert.Equal([Venue.NeutralVenue], VenueCatalogue.All.Where(v => VenueCatalogue.CostNote(v) is not null));
}
