using CaseBot.Cases.Triage;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Tests.Recognition;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Tests.Triage;

/// <summary>The triage's "which circumstances apply" prompt, answered by typing, as the conversation asks it.</summary>
public sealed class TriggerAnswerTests
{
    [Theory]
    [InlineData("terminal illness", Trigger.TerminalIllness)]
    [InlineData("life changing event", Trigger.LifeChangingEvent)]
    [InlineData("stuck", Trigger.ProcessStuck)]
    [InlineData("there was a life-changing event", Trigger.LifeChangingEvent)]
    [InlineData("possible ill health retirement", Trigger.IllHealthRetirement)]
    [InlineData("risk of self-harm", Trigger.RiskOfHarm)]
    [InlineData("a grievance is running too", Trigger.OverlappingProcesses)]
    [InlineData("Blocked by HR", Trigger.ProcessStuck)]
    [InlineData("entrenched", Trigger.ProcessStuck)]
    [InlineData("adjustments not made", Trigger.FailureToImplementActions)]
    [InlineData("repeated referrals", Trigger.RepeatedReferrals)]
    [InlineData("a disconnect between OH and EPS", Trigger.InformationDisconnect)]
    [InlineData("tribunal threatened", Trigger.LitigationRisk)]
    [InlineData("no clear pathway", Trigger.OngoingNoPathway)]
    [InlineData("termnal illnes", Trigger.TerminalIllness)]
    [InlineData("she's terminally ill", Trigger.TerminalIllness)]
    [InlineData("A terminal illness", Trigger.TerminalIllness)]
    [InlineData("3", Trigger.TerminalIllness)]
    [InlineData("the third one", Trigger.TerminalIllness)]
    public async Task ContinueDialogAsync_ATriggerInTheManagersWords_SelectsThatTrigger(string typed, Trigger expected)
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        await sut.SendAsync(typed);

        Assert.Equal([expected.ToString()], sut.ResultAs<List<string>>());
    }

    [Theory]
    [InlineData("1, 4 and 7", new[] { Trigger.LifeChangingEvent, Trigger.RiskOfHarm, Trigger.FailureToImplementActions })]
    [InlineData("3 & 12", new[] { Trigger.TerminalIllness, Trigger.Other })]
    [InlineData("10;11", new[] { Trigger.LitigationRisk, Trigger.OngoingNoPathway })]
    [InlineData("terminal, litigation", new[] { Trigger.TerminalIllness, Trigger.LitigationRisk })]
    [InlineData("terminal and something else", new[] { Trigger.TerminalIllness, Trigger.Other })]
    [InlineData("bereavement\nthe process has stalled", new[] { Trigger.LifeChangingEvent, Trigger.ProcessStuck })]
    [InlineData("terminal illness & a tribunal claim", new[] { Trigger.TerminalIllness, Trigger.LitigationRisk })]
    [InlineData("not terminal but at risk of harm", new[] { Trigger.RiskOfHarm })]
    [InlineData("the process is stuck, and he's threatening a tribunal", new[] { Trigger.ProcessStuck, Trigger.LitigationRisk })]
    public async Task ContinueDialogAsync_SeveralTriggersInOneMessage_SelectsThemAll(string typed, Trigger[] expected)
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        await sut.SendAsync(typed);

        Assert.Equal(expected.Order().Select(t => t.ToString()), sut.ResultAs<List<string>>());
    }

    [Theory]
    [InlineData("ongoing for 6 months", Trigger.OngoingNoPathway)]
    [InlineData("stuck since 2012", Trigger.ProcessStuck)]
    [InlineData("other linked processes are running", Trigger.OverlappingProcesses)]
    public async Task ContinueDialogAsync_NumbersOrOtherInsideASentence_AreNotSelections(string typed, Trigger expected)
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        await sut.SendAsync(typed);

        Assert.Equal([expected.ToString()], sut.ResultAs<List<string>>());
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None of these")]
    [InlineData("no")]
    [InlineData("n/a")]
    public async Task ContinueDialogAsync_None_SelectsNothing(string typed)
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        await sut.SendAsync(typed);

        Assert.Empty(sut.ResultAs<List<string>>()!);
    }

    [Fact]
    public async Task ContinueDialogAsync_AWordOfATitleOnly_AsksWhetherThatOptionWasMeant()
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        var replies = await sut.SendAsync("pathway");

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.StartsWith(EngineText.DidYouMeanAny(["11. " + TriageText.TriggerOngoingNoPathway, "12. " + TriageDialogText.OtherTriggerTitle], orNone: true), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_OtherAlone_AsksWhetherTheOtherProcessesOrSomethingElseWasMeant()
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        var replies = await sut.SendAsync("other");

        Assert.StartsWith(EngineText.DidYouMeanAny(["5. " + TriageText.TriggerOverlappingProcesses, "12. " + TriageDialogText.OtherTriggerTitle], orNone: true), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_AWordSharedByTitles_AsksWhichWasMeant()
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        var replies = await sut.SendAsync("risk");

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.Contains("4. " + TriageText.TriggerRiskOfHarm, replies.Single(), StringComparison.Ordinal);
        Assert.Contains("10. " + TriageText.TriggerLitigationRisk, replies.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("harmony at work")]
    public async Task ContinueDialogAsync_NothingOnTheList_IsRefusedWithoutQuotingTheAnswer(string typed)
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        var replies = await sut.SendAsync(typed);

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.DoesNotContain(typed, replies.Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("99", 99)]
    [InlineData("3 and 14", 14)]
    public async Task ContinueDialogAsync_ANumberNotOnTheList_SaysSo(string typed, int number)
    {
        var sut = await CorpusPrompt.All["triggers"].AskedAsync();

        var replies = await sut.SendAsync(typed);

        Assert.StartsWith(EngineText.NoSuchOption(number), replies.Single());
    }
}
