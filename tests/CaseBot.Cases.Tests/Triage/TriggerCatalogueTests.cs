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

    [Theory]
    [MemberData(nameof(Listed))]
    public void ByNumber_ListedNumber_IsThatTrigger(Trigger trigger, int number, string wording)
    {
        Assert.Equal(trigger, TriggerCatalogue.ByNumber(number));
        Assert.Equal(number, TriggerCatalogue.Number(trigger));
        Assert.Equal(wording, TriggerCatalogue.Wording(trigger));
    }

    [Fact]
    public void Synonyms_AcrossTriggers_NameOneTriggerEach()
    {
        var shared = TriggerCatalogue.All.SelectMany(t => t.Synonyms.Select(s => (t.Trigger, Synonym: s.ToLowerInvariant())))
            .Concat(TriggerSynonyms.Other.Select(s => (Trigger: Trigger.Other, Synonym: s.ToLowerInvariant())))
            .GroupBy(x => x.Synonym)
            .Where(g => g.Select(x => x.Trigger).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(shared);
    }

    [Fact]
    public void Synonyms_TheSeedsOwnWords_AreThere()
    {
        // The policy's words for a case that is not progressing, for litigation and for a life-changing event.
        Assert.Superset(new HashSet<string> { "stuck", "blocked", "delayed", "entrenched", "not progressing" }, TriggerSynonyms.ProcessStuck.ToHashSet());
        Assert.Superset(new HashSet<string> { "legal action", "tribunal", "claim", "litigation", "discrimination" }, TriggerSynonyms.LitigationRisk.ToHashSet());
        Assert.Superset(new HashSet<string> { "bereavement", "accident", "diagnosis" }, TriggerSynonyms.LifeChangingEvent.ToHashSet());
    }

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
