using System.Globalization;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class TriggerCatalogueTests
{
    public static TheoryData<Trigger, int, string> Listed => new()
    {
        { Trigger.LifeChangingEvent, 1, TriageText.TriggerLifeChangingEvent },
        { Trigger.IllHealthRetirement, 2, TriageText.TriggerIllHealthRetirement },
        { Trigger.TerminalIllness, 3, TriageText.TriggerTerminalIllness },
        { Trigger.RiskOfHarm, 4, TriageText.TriggerRiskOfHarm },
        { Trigger.OverlappingProcesses, 5, TriageText.TriggerOverlappingProcesses },
        { Trigger.ProcessStuck, 6, TriageText.TriggerProcessStuck },
        { Trigger.FailureToImplementActions, 7, TriageText.TriggerFailureToImplementActions },
        { Trigger.RepeatedReferrals, 8, TriageText.TriggerRepeatedReferrals },
        { Trigger.InformationDisconnect, 9, TriageText.TriggerInformationDisconnect },
        { Trigger.LitigationRisk, 10, TriageText.TriggerLitigationRisk },
        { Trigger.OngoingNoPathway, 11, TriageText.TriggerOngoingNoPathway },
        { Trigger.Other, 12, TriageText.TriggerOther },
    };

    public static TheoryData<string, Trigger> Keywords => new()
    {
        { "there was a life-changing event", Trigger.LifeChangingEvent },
        { "possible ill health retirement", Trigger.IllHealthRetirement },
        { "retirement", Trigger.IllHealthRetirement },
        { "terminal", Trigger.TerminalIllness },
        { "harm", Trigger.RiskOfHarm },
        { "risk of self-harm", Trigger.RiskOfHarm },
        { "overlapping processes", Trigger.OverlappingProcesses },
        { "a grievance is running too", Trigger.OverlappingProcesses },
        { "it is stuck", Trigger.ProcessStuck },
        { "Blocked by HR", Trigger.ProcessStuck },
        { "significantly delayed", Trigger.ProcessStuck },
        { "adjustments not made", Trigger.FailureToImplementActions },
        { "repeated referrals", Trigger.RepeatedReferrals },
        { "a disconnect between OH and EPS", Trigger.InformationDisconnect },
        { "litigation", Trigger.LitigationRisk },
        { "tribunal threatened", Trigger.LitigationRisk },
        { "ongoing for months", Trigger.OngoingNoPathway },
        { "no clear pathway", Trigger.OngoingNoPathway },
    };

    [Theory]
    [MemberData(nameof(Listed))]
    public void ByNumber_ListedNumber_IsThatTrigger(Trigger trigger, int number, string wording)
    {
        Assert.Equal(trigger, TriggerCatalogue.ByNumber(number));
        Assert.Equal(number, TriggerCatalogue.Number(trigger));
        Assert.Equal(wording, TriggerCatalogue.Wording(trigger));
    }

    [Theory]
    [MemberData(nameof(Listed))]
    public void Match_NumberAlone_FindsOnlyThatTrigger(Trigger trigger, int number, string wording)
    {
        var sut = TriggerCatalogue.Match(number.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(new HashSet<Trigger> { trigger }, sut);
        Assert.False(string.IsNullOrWhiteSpace(wording));
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Match_Keyword_FindsOnlyThatTrigger(string text, Trigger trigger)
        => Assert.Equal(new HashSet<Trigger> { trigger }, TriggerCatalogue.Match(text));

    [Fact]
    public void Match_EveryCatalogueKeyword_FindsItsOwnTrigger()
    {
        var misses = TriggerCatalogue.All
            .SelectMany(t => t.Keywords.Select(k => (t.Trigger, Keyword: k)))
            .Where(k => TriggerCatalogue.Match(k.Keyword)?.Contains(k.Trigger) != true);

        Assert.Empty(misses);
    }

    [Theory]
    [InlineData("1, 4 and 7", new[] { Trigger.LifeChangingEvent, Trigger.RiskOfHarm, Trigger.FailureToImplementActions })]
    [InlineData("3 & 12", new[] { Trigger.TerminalIllness, Trigger.Other })]
    [InlineData("10;11", new[] { Trigger.LitigationRisk, Trigger.OngoingNoPathway })]
    [InlineData("2 or other", new[] { Trigger.IllHealthRetirement, Trigger.Other })]
    [InlineData("terminal, litigation", new[] { Trigger.TerminalIllness, Trigger.LitigationRisk })]
    [InlineData("terminal and other", new[] { Trigger.TerminalIllness, Trigger.Other })]
    [InlineData("other: a restructure is pending", new[] { Trigger.Other })]
    public void Match_SeveralItems_FindsThemAll(string text, Trigger[] expected)
        => Assert.Equal(expected.ToHashSet(), TriggerCatalogue.Match(text));

    [Theory]
    [InlineData("ongoing for 6 months", new[] { Trigger.OngoingNoPathway })]
    [InlineData("stuck since 2012", new[] { Trigger.ProcessStuck })]
    [InlineData("other linked processes are running", new[] { Trigger.OverlappingProcesses })]
    public void Match_NumbersAndOtherInsideASentence_AreNotReadAsSelections(string text, Trigger[] expected)
        => Assert.Equal(expected.ToHashSet(), TriggerCatalogue.Match(text));

    [Theory]
    [InlineData("none")]
    [InlineData("None of these")]
    [InlineData("no")]
    public void Match_None_IsEmpty(string text) => Assert.Empty(TriggerCatalogue.Match(text)!);

    [Theory]
    [InlineData("banana")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("99")]
    [InlineData("0")]
    [InlineData("harmony at work")]
    public void Match_Unrecognised_IsNull(string? text) => Assert.Null(TriggerCatalogue.Match(text));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void ByNumber_OutsideTheList_IsNull(int number) => Assert.Null(TriggerCatalogue.ByNumber(number));

    [Fact]
    public void All_ElevenListedTriggersInPolicyOrder_NumberedOneToEleven()
    {
        Assert.Equal(Enumerable.Range(1, 11), TriggerCatalogue.All.Select(t => t.Number));
        Assert.Equal(Enum.GetValues<Trigger>().Where(t => t != Trigger.Other), TriggerCatalogue.All.Select(t => t.Trigger));
        Assert.Equal(11, TriggerCatalogue.All.Select(t => t.Wording).Distinct().Count());
    }
}
