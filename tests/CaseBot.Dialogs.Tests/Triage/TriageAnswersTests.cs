using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Tests.Triage;

public sealed class TriageAnswersTests
{
    private static TriageAnswers Answered { get; } = new()
    {
        Reference = "HR-1",
        IdentifiedBy = NeedIdentifiedBy.OccupationalHealth,
        Exceptional = true,
        Stuck = false,
        JoinedUp = true,
        Triggers = [Trigger.ProcessStuck, Trigger.Other],
        OtherTrigger = "Two managers disagree",
        Involvement = false,
        DecideWithout = true,
        Accepted = true,
    };

    [Theory]
    [InlineData(NeedIdentifiedBy.Manager, false)]
    [InlineData(NeedIdentifiedBy.OccupationalHealth, false)]
    [InlineData(NeedIdentifiedBy.HumanResources, false)]
    [InlineData(NeedIdentifiedBy.Individual, true)]
    [InlineData(NeedIdentifiedBy.Representative, true)]
    public void PromptedByIndividual_WhoIdentifiedTheNeed_IsTrueOnlyForTheIndividualsSide(NeedIdentifiedBy who, bool expected)
    {
        var sut = new TriageAnswers { IdentifiedBy = who };

        var prompted = sut.PromptedByIndividual();

        Assert.Equal(expected, prompted);
    }

    [Fact]
    public void Record_EveryQuestionAnswered_CarriesEveryAnswer()
    {
        var sut = Answered;

        var record = sut.Record();

        Assert.Equal((NeedIdentifiedBy.OccupationalHealth, false, true), (record.IdentifiedBy, record.IndividualInvolvementNeeded, record.DecisionsWithoutIndividualNeeded));
        Assert.Equal(
            (true, false, true, "Two managers disagree"),
            (record.Answers.IsExceptional, record.Answers.NeedsExtraSupportOrEntrenchedOrNotProgressing, record.Answers.JoinedUpWorkingWouldHelp, record.Answers.OtherDescription));
        Assert.Equal(new HashSet<Trigger> { Trigger.ProcessStuck, Trigger.Other }, record.Answers.Triggers);
    }

    [Fact]
    public void Critical_TriggersNotAnsweredYet_ThrowsRatherThanAssumingNone()
    {
        var sut = Answered with { Triggers = null };

        var error = Assert.Throws<InvalidOperationException>(sut.Critical);

        Assert.Contains(nameof(TriageAnswers.Triggers), error.Message, StringComparison.Ordinal);
    }
}
