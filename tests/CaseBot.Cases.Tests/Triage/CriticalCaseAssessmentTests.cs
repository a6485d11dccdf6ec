using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class CriticalCaseAssessmentTests
{
    private const string OtherText = "Team restructure pending";

    public static TheoryData<Trigger> EveryTrigger => new(Enum.GetValues<Trigger>());

    public static TheoryData<bool, bool, bool, bool, string> Definition => new()
    {
        // exceptional, needs support, joined-up, critical, first reason code
        { true, true, false, true, TriageReasonCodes.DefinitionMet },
        { true, true, true, true, TriageReasonCodes.DefinitionMet },
        { true, false, false, false, TriageReasonCodes.Progressing },
        { true, false, true, false, TriageReasonCodes.Progressing },
        { false, true, false, false, TriageReasonCodes.NotExceptional },
        { false, true, true, false, TriageReasonCodes.NotExceptional },
        { false, false, false, false, TriageReasonCodes.NotExceptional },
        { false, false, true, false, TriageReasonCodes.NotExceptional },
    };

    [Theory]
    [MemberData(nameof(EveryTrigger))]
    public void Assess_ExceptionalCaseWithOneTrigger_IsCriticalAndNamesTheTrigger(Trigger trigger)
    {
        var sut = CriticalCaseAssessment.Assess(Answers(exceptional: true, needsSupport: false, trigger));

        Assert.True(sut.IsCritical);
        Assert.Equal([TriageReasonCodes.TriggerMet, TriageReasonCodes.Exceptional, TriageReasonCodes.ForTrigger(trigger)], sut.Reasons.Select(r => r.Code));
        Assert.Equal(ExpectedTriggerText(trigger), sut.Reasons[2].Text);
    }

    [Theory]
    [MemberData(nameof(EveryTrigger))]
    public void Assess_CaseNeedingSupportWithOneTrigger_IsCritical(Trigger trigger)
    {
        var sut = CriticalCaseAssessment.Assess(Answers(exceptional: false, needsSupport: true, trigger));

        Assert.True(sut.IsCritical);
        Assert.Equal([TriageReasonCodes.TriggerMet, TriageReasonCodes.NeedsSupport, TriageReasonCodes.ForTrigger(trigger)], sut.Reasons.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(EveryTrigger))]
    public void Assess_TriggerAloneInAProgressingCase_IsNotCriticalAndSaysTheTriggerIsNotEnough(Trigger trigger)
    {
        var sut = CriticalCaseAssessment.Assess(Answers(exceptional: false, needsSupport: false, trigger));

        Assert.False(sut.IsCritical);
        Assert.Equal([TriageReasonCodes.NotExceptional, TriageReasonCodes.Progressing, TriageReasonCodes.TriggerAlone], sut.Reasons.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(Definition))]
    public void Assess_NoTriggers_IsCriticalOnlyWhenExceptionalAndNeedingSupport(bool exceptional, bool needsSupport, bool joinedUp, bool critical, string firstCode)
    {
        var sut = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(exceptional, needsSupport, joinedUp, new HashSet<Trigger>()));

        Assert.Equal(critical, sut.IsCritical);
        Assert.Equal(firstCode, sut.Reasons[0].Code);
        Assert.Equal(!critical, sut.Reasons.Any(r => r.Code == TriageReasonCodes.NoTrigger));
    }

    [Fact]
    public void Assess_DefinitionMetWithTriggersAndJoinedUp_ListsEveryAnswerInOrder()
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.LitigationRisk, Trigger.TerminalIllness });

        var sut = CriticalCaseAssessment.Assess(answers);

        Assert.Equal(
            [TriageReasonCodes.DefinitionMet, TriageReasonCodes.Exceptional, TriageReasonCodes.NeedsSupport, "trigger:TerminalIllness", "trigger:LitigationRisk", TriageReasonCodes.JoinedUp],
            sut.Reasons.Select(r => r.Code));
        Assert.Equal(TriageText.ReasonDefinitionMet, sut.Reasons[0].Text);
    }

    [Fact]
    public void Assess_NothingApplies_SaysNotExceptionalProgressingAndNoTrigger()
    {
        var sut = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(false, false, false, new HashSet<Trigger>()));

        Assert.Equal([TriageText.ReasonNotExceptional, TriageText.ReasonProgressing, TriageText.ReasonNoTrigger], sut.Reasons.Select(r => r.Text));
    }

    [Fact]
    public void Assess_JoinedUpWorkingAlone_IsNotEnoughAndSaysSo()
    {
        var sut = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(false, false, true, new HashSet<Trigger>()));

        Assert.False(sut.IsCritical);
        Assert.Equal(TriageReasonCodes.JoinedUpNotEnough, sut.Reasons[^1].Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Assess_OtherTriggerWithoutDescription_IsRefused(string? description)
    {
        var answers = new CriticalCaseAnswers(true, true, false, new HashSet<Trigger> { Trigger.Other }, description);

        Assert.Throws<CaseRuleException>(() => CriticalCaseAssessment.Assess(answers));
    }

    [Fact]
    public void Assess_OtherTriggerWithLongDescription_IsRefused()
    {
        var answers = new CriticalCaseAnswers(true, true, false, new HashSet<Trigger> { Trigger.Other }, new string('a', 201));

        Assert.Throws<CaseRuleException>(() => CriticalCaseAssessment.Assess(answers));
    }

    [Fact]
    public void Assess_DescriptionWithoutOtherTrigger_IsIgnored()
    {
        var answers = new CriticalCaseAnswers(true, true, false, new HashSet<Trigger>(), "anything");

        var sut = CriticalCaseAssessment.Assess(answers);

        Assert.DoesNotContain(sut.Reasons, r => r.Text.Contains("anything", StringComparison.Ordinal));
    }

    private static CriticalCaseAnswers Answers(bool exceptional, bool needsSupport, Trigger trigger)
        => new(exceptional, needsSupport, false, new HashSet<Trigger> { trigger }, trigger == Trigger.Other ? OtherText : null);

    private static string ExpectedTriggerText(Trigger trigger)
        => trigger == Trigger.Other ? $"{TriageText.TriggerOther}: {OtherText}" : TriggerCatalogue.Wording(trigger);
}
