using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class CriticalCaseAssessmentTests
{
    public static TheoryData<Trigger> EveryTrigger => new(Enum.GetValues<Trigger>().Where(t => t != Trigger.Other));

    [Theory]
    [MemberData(nameof(EveryTrigger))]
    public void Assess_ExceptionalCaseWithOneTrigger_IsCriticalAndNamesTheTrigger(Trigger trigger)
    {
        var answers = new CriticalCaseAnswers(IsExceptional: true, NeedsSupportOrStuck: false, JoinedUpWorkingWouldHelp: false, new HashSet<Trigger> { trigger });

        var sut = CriticalCaseAssessment.Assess(answers);

        Assert.True(sut.IsCritical);
        Assert.Equal("trigger-met", sut.Reasons[0].Code);
        Assert.Contains(sut.Reasons, r => r.Code == "trigger:" + trigger && r.Text == TriggerCatalogue.Wording(trigger));
    }

    [Theory]
    [MemberData(nameof(EveryTrigger))]
    public void Assess_TriggerAloneInAProgressingCase_IsNotCritical(Trigger trigger)
    {
        var answers = new CriticalCaseAnswers(false, false, true, new HashSet<Trigger> { trigger });

        var sut = CriticalCaseAssessment.Assess(answers);

        Assert.False(sut.IsCritical);
        Assert.Contains(sut.Reasons, r => r.Code == "trigger-alone");
    }

    [Theory]
    [InlineData(true, true, true, "definition-met")]
    [InlineData(true, false, false, null)]
    [InlineData(false, true, false, null)]
    [InlineData(false, false, false, null)]
    public void Assess_DefinitionWithoutTriggers_IsCriticalOnlyWhenExceptionalAndStuck(bool exceptional, bool stuck, bool critical, string? firstCode)
    {
        var answers = new CriticalCaseAnswers(exceptional, stuck, JoinedUpWorkingWouldHelp: true, new HashSet<Trigger>());

        var sut = CriticalCaseAssessment.Assess(answers);

        Assert.Equal(critical, sut.IsCritical);
        if (firstCode is not null)
        {
            Assert.Equal(firstCode, sut.Reasons[0].Code);
        }
        else
        {
            Assert.Contains(sut.Reasons, r => r.Code == "no-trigger");
        }
    }

    [Fact]
    public void Assess_OtherTrigger_ReasonCarriesTheDescription()
    {
        var answers = new CriticalCaseAnswers(false, true, false, new HashSet<Trigger> { Trigger.Other }, new OtherTrigger("Team restructure pending"));

        var sut = CriticalCaseAssessment.Assess(answers);

        Assert.True(sut.IsCritical);
        Assert.Contains(sut.Reasons, r => r.Text.EndsWith("Team restructure pending", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NotCritical_ExplainsEachMissingPart()
    {
        var sut = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(false, false, false, new HashSet<Trigger>()));

        Assert.Equal(["not-exceptional", "progressing", "no-trigger"], sut.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void OtherTrigger_EmptyDescription_IsRefused(string text)
        => Assert.Throws<CaseRuleException>(() => new OtherTrigger(text));

    [Fact]
    public void OtherTrigger_OverTwoHundredCharacters_IsRefused()
        => Assert.Throws<CaseRuleException>(() => new OtherTrigger(new string('a', 201)));
}
