using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class MeetingDecisionTests
{
    private static readonly CriticalCaseResult Critical = new(true, [new Reason(TriageReasonCodes.DefinitionMet, TriageText.ReasonDefinitionMet)]);

    public static TheoryData<string?> MissingReasons => new() { null, string.Empty, "   ", new string('x', MeetingDecision.MaxReasonLength + 1) };

    [Fact]
    public void Override_CmmChosenOverConference_DropsTheIndividualSideAndKeepsTheReason()
    {
        var conference = Recommend(MeetingType.CaseConference);

        var sut = MeetingRecommender.Override(conference, MeetingType.CaseManagementMeeting, "  Professionals must align first ");

        Assert.False(sut.Accepted);
        Assert.Equal(MeetingType.CaseConference, sut.Recommended.Type);
        Assert.Equal(MeetingType.CaseManagementMeeting, sut.Chosen);
        Assert.Equal("Professionals must align first", sut.OverrideReason);
        Assert.DoesNotContain(Role.Individual, sut.MayAttend);
        Assert.DoesNotContain(Role.Representative, sut.MayAttend);
        Assert.Equal([Role.Individual, Role.Representative], sut.MustNotAttend);
    }

    [Fact]
    public void Override_ConferenceChosenOverCmm_InvitesTheIndividualSide()
    {
        var cmm = Recommend(MeetingType.CaseManagementMeeting);

        var sut = MeetingRecommender.Override(cmm, MeetingType.CaseConference, "The individual asked to take part");

        Assert.Contains(Role.Individual, sut.MayAttend);
        Assert.Contains(Role.Representative, sut.MayAttend);
        Assert.Empty(sut.MustNotAttend);
    }

    [Theory]
    [MemberData(nameof(MissingReasons))]
    public void Override_OtherTypeWithoutAValidReason_IsRefused(string? reason)
    {
        var conference = Recommend(MeetingType.CaseConference);

        var ex = Assert.Throws<CaseRuleException>(() => MeetingRecommender.Override(conference, MeetingType.CaseManagementMeeting, reason!));

        Assert.Equal(MeetingText.OverrideReasonRequired, ex.Message);
    }

    [Fact]
    public void Override_ReasonOfExactly500Characters_IsAccepted()
    {
        var sut = MeetingRecommender.Override(Recommend(MeetingType.CaseConference), MeetingType.CaseManagementMeeting, new string('x', 500));

        Assert.Equal(500, sut.OverrideReason!.Length);
    }

    [Fact]
    public void Override_SameTypeAsRecommended_IsAnAcceptanceWithoutReason()
    {
        var sut = MeetingRecommender.Override(Recommend(MeetingType.CaseConference), MeetingType.CaseConference, string.Empty);

        Assert.True(sut.Accepted);
        Assert.Null(sut.OverrideReason);
    }

    [Theory]
    [InlineData(MeetingType.CaseManagementMeeting)]
    [InlineData(MeetingType.CaseConference)]
    public void Accept_AnyRecommendation_ChoosesItsTypeAndAttendees(MeetingType type)
    {
        var recommendation = Recommend(type);

        var sut = MeetingRecommender.Accept(recommendation);

        Assert.True(sut.Accepted);
        Assert.Equal(type, sut.Chosen);
        Assert.Equal(recommendation.MayAttend, sut.MayAttend);
        Assert.Equal(recommendation.MustNotAttend, sut.MustNotAttend);
    }

    private static Recommendation Recommend(MeetingType type)
    {
        var conference = type == MeetingType.CaseConference;
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(Critical, NeedIdentifiedBy.Manager, conference, !conference));
        Assert.Equal(type, recommendation.Type);
        return recommendation;
    }
}
