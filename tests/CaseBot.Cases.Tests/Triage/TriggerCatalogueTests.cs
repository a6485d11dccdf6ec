using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class TriggerCatalogueTests
{
    public static TheoryData<Trigger, int> Numbers => new()
    {
        { Trigger.LifeChangingEvent, 1 }, { Trigger.IllHealthRetirement, 2 }, { Trigger.TerminalIllness, 3 }, { Trigger.RiskOfHarm, 4 },
        { Trigger.OverlappingProcesses, 5 }, { Trigger.ProcessStuck, 6 }, { Trigger.FailureToImplementActions, 7 },
        { Trigger.RepeatedReferrals, 8 }, { Trigger.InformationDisconnect, 9 }, { Trigger.LitigationRisk, 10 }, { Trigger.OngoingNoPathway, 11 },
    };

    public static TheoryData<string, Trigger> Keywords => new()
    {
        { "a life-changing event", Trigger.LifeChangingEvent }, { "ill health retirement", Trigger.IllHealthRetirement },
        { "terminal", Trigger.TerminalIllness }, { "risk of harm", Trigger.RiskOfHarm }, { "overlapping processes", Trigger.OverlappingProcesses },
        { "it is stuck", Trigger.ProcessStuck }, { "adjustments not made", Trigger.FailureToImplementActions },
        { "repeated referrals", Trigger.RepeatedReferrals }, { "a disconnect between OH and EPS", Trigger.InformationDisconnect },
        { "litigation", Trigger.LitigationRisk }, { "ongoing for months", Trigger.OngoingNoPathway },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Match_NumberFromTheList_FindsThatTrigger(Trigger trigger, int number)
    {
        var sut = TriggerCatalogue.Match(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([trigger], sut!);
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Match_Keyword_FindsThatTrigger(string text, Trigger trigger)
        => Assert.Contains(trigger, TriggerCatalogue.Match(text)!);

    [Fact]
    public void Match_SeveralNumbers_FindsThemAll()
        => Assert.Equal(new HashSet<Trigger> { Trigger.LifeChangingEvent, Trigger.RiskOfHarm, Trigger.FailureToImplementActions }, TriggerCatalogue.Match("1, 4 and 7"));

    [Theory]
    [InlineData("none")]
    [InlineData("None of these")]
    public void Match_None_IsEmpty(string text) => Assert.Empty(TriggerCatalogue.Match(text)!);

    [Theory]
    [InlineData("banana")]
    [InlineData("")]
    [InlineData("99")]
    public void Match_Unrecognised_IsNull(string text) => Assert.Null(TriggerCatalogue.Match(text));

    [Fact]
    public void All_HasElevenNumberedTriggers()
        => Assert.Equal(Enumerable.Range(1, 11), TriggerCatalogue.All.Select(t => t.Number));
}
