using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>A manager who types the triage in their own words, through the real bot on SQLite: every answer taken first time.</summary>
public sealed class TriageTypedAnswersTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Theory]
    [InlineData("terminal illness", Trigger.TerminalIllness)]
    [InlineData("life changing event", Trigger.LifeChangingEvent)]
    [InlineData("stuck", Trigger.ProcessStuck)]
    public async Task Typing_TheOptionsOwnWordsAtTheTriggers_SelectsThatTriggerFirstTime(string typed, Trigger expected)
    {
        await AtTheTriggersAsync("HR-77");

        await _sut.SayAsync(typed);

        Assert.True(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("accept");
        Assert.Equal([expected], (await FindAsync("HR-77")).Triage.Answers.Triggers);
    }

    [Fact]
    public async Task Typing_EveryAnswerInEverydayWords_TakesEachFirstTimeAndSavesWhatWasMeant()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("HR-2026-0311");

        await _sut.SayAsync("it was me");
        Assert.True(_sut.LastSaid(TriageDialogText.AskExceptional), _sut.Describe());
        await _sut.SayAsync("yep, definitely");
        Assert.True(_sut.LastSaid(TriageDialogText.AskStuck), _sut.Describe());
        await _sut.SayAsync("absolutely");
        Assert.True(_sut.LastSaid(TriageDialogText.AskJoinedUp), _sut.Describe());
        await _sut.SayAsync("not really");
        Assert.True(_sut.LastSaid(TriageDialogText.AskTriggers), _sut.Describe());
        await _sut.SayAsync("her husband died in the summer, and now the ET claim has stalled everything");
        Assert.True(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
        await _sut.SayAsync("nope");
        await _sut.SayAsync("correct");
        Assert.True(_sut.LastSaid("Recommended: Case Management Meeting"), _sut.Describe());
        await _sut.SayAsync("happy with that");

        var saved = await FindAsync("HR-2026-0311");
        Assert.Equal(NeedIdentifiedBy.Manager, saved.Triage.IdentifiedBy);
        Assert.False(saved.Triage.Answers.JoinedUpWorkingWouldHelp);
        Assert.Equal([Trigger.LifeChangingEvent, Trigger.ProcessStuck, Trigger.LitigationRisk], saved.Triage.Answers.Triggers.Order());
        Assert.Equal(MeetingType.CaseManagementMeeting, saved.Decision.Chosen);
        Assert.True(saved.Decision.Accepted);
    }

    [Fact]
    public async Task Typing_CommandsInOtherWords_StartsATriageAndShowsTheCasesStatus()
    {
        await _sut.SayAsync("could you start a new case for me please");
        Assert.True(_sut.LastSaid(TriageDialogText.AskReference), _sut.Describe());
        await _sut.SayAsync("HR-80");
        await _sut.SayAsync("me");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("no");
        await _sut.SayAsync("stuck");
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("accept");
        await _sut.SayAsync("not now");

        await _sut.SayAsync("what's happening with HR-80?");

        Assert.False(_sut.LastSaid(Dialogs.Root.RootText.NotUnderstood), _sut.Describe());
        Assert.True(_sut.LastSaid("HR-80"), _sut.Describe());
    }

    [Fact]
    public async Task Typing_AnAmbiguousWordAtTheTriggers_AsksWhichWithTheOptionsNotTheWords()
    {
        await AtTheTriggersAsync("HR-78");

        await _sut.SayAsync("risk");

        Assert.True(_sut.LastSaid("Did you mean 4. " + TriageText.TriggerRiskOfHarm), _sut.Describe());
        await _sut.SayAsync("4");
        Assert.True(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
    }

    [Fact]
    public async Task Typing_DontKnowToAYesNoQuestion_ExplainsTheQuestionAndAsksAgain()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("HR-79");
        await _sut.SayAsync("me");

        await _sut.SayAsync("I'm not sure");

        Assert.True(_sut.LastSaid(EngineText.NotSure(TriageDialogText.ExceptionalHelp)), _sut.Describe());
        await _sut.SayAsync("yes");
        Assert.True(_sut.LastSaid(TriageDialogText.AskStuck), _sut.Describe());
    }

    private async Task AtTheTriggersAsync(string reference)
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync(reference);
        await _sut.SayAsync("me");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("no");
        Assert.True(_sut.LastSaid(TriageDialogText.AskTriggers), _sut.Describe());
    }

    private async Task<CriticalCase> FindAsync(string reference)
    {
        var cases = _sut.Services.GetRequiredService<ICaseRepository>();
        return (await cases.FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse(reference), CancellationToken.None))!;
    }
}
