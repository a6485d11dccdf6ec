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
        Assert.True(_sut.LastSaid(EngineText.Noted(["Me, the manager"])), _sut.Describe());
        Assert.True(_sut.LastSaid(TriageDialogText.AskExceptional), _sut.Describe());
        await _sut.SayAsync("yep, definitely");
        Assert.True(_sut.LastSaid(TriageDialogText.AskStuck), _sut.Describe());
        await _sut.SayAsync("absolutely");
        Assert.True(_sut.LastSaid(TriageDialogText.AskJoinedUp), _sut.Describe());
        await _sut.SayAsync("not really");
        Assert.False(_sut.LastSaid("Noted"), _sut.Describe());
        Assert.True(_sut.LastSaid(TriageDialogText.AskTriggers), _sut.Describe());
        await _sut.SayAsync("her husband died in the summer, and now the ET claim has stalled everything");
        Assert.True(_sut.LastSaid("Noted: 1. life-changing event, 6. stuck or delayed, and 10. risk of litigation."), _sut.Describe());
        Assert.True(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
        await _sut.SayAsync("nope");
        await _sut.SayAsync("correct");
        Assert.True(_sut.LastSaid("Recommended: Case Management Meeting"), _sut.Describe());
        await _sut.SayAsync("happy with that");
        Assert.True(_sut.LastSaid(EngineText.Noted([TriageDialogText.Accepted("Case Management Meeting")])), _sut.Describe());

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

    [Theory]
    [InlineData("nothing has moved for six months", Trigger.ProcessStuck, "6. stuck or delayed")]
    [InlineData("the case keeps going round and round with no end", Trigger.OngoingNoPathway, "11. ongoing with no way forward")]
    [InlineData("she's not coping since her husband died", Trigger.LifeChangingEvent, "1. life-changing event")]
    public async Task Typing_ASentenceWithNoOrNothingThatNamesACircumstance_IsReadForItNeverTakenAsNone(string typed, Trigger expected, string noted)
    {
        await AtTheTriggersAsync("HR-81");

        await _sut.SayAsync(typed);

        Assert.True(_sut.LastSaid(EngineText.Noted([noted])), _sut.Describe());
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("accept");
        Assert.Equal([expected], (await FindAsync("HR-81")).Triage.Answers.Triggers);
    }

    [Theory]
    [InlineData("no, but she's been off a lot")]
    [InlineData("nothing I can put my finger on")]
    public async Task Typing_ASentenceWithNoOrNothingThatNamesNoCircumstance_IsAskedAboutWithTheWaysOut(string typed)
    {
        await AtTheTriggersAsync("HR-82");

        await _sut.SayAsync(typed);

        // Asked about (not understood, or "did you mean"), with both ways out named: "something else" to describe it, or "none".
        Assert.True(
            _sut.LastSaid(EngineText.NotRecognisedAny("12. " + TriageDialogText.OtherTriggerTitle, orNone: true))
                || _sut.LastSaid("or 12. " + TriageDialogText.OtherTriggerTitle + ", or none of these?"),
            _sut.Describe());
        Assert.False(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
        Assert.False(_sut.LastSaid(typed), _sut.Describe());
    }

    [Fact]
    public async Task Typing_NoneOfThoseReally_IsTakenAsNoneAndSaidBack()
    {
        await AtTheTriggersAsync("HR-83");

        await _sut.SayAsync("no, none of those really");

        Assert.True(_sut.LastSaid(EngineText.Noted([])), _sut.Describe());
        Assert.True(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
    }

    [Fact]
    public async Task Typing_HerCancerIsNowTerminal_SaysWhatWasTakenBeforeTheNextQuestion()
    {
        await AtTheTriggersAsync("HR-84");

        await _sut.SayAsync("her cancer is now terminal");

        var said = _sut.Describe();
        var noted = said.IndexOf(EngineText.Noted(["3. terminal illness"]), StringComparison.Ordinal);
        Assert.True(noted >= 0, said);
        Assert.True(noted < said.IndexOf("individual", StringComparison.Ordinal), said);
        Assert.DoesNotContain("cancer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Typing_OhSaysFitButTheGpKeepsSigningHimOff_IsReadAsTheDisconnectBetweenOhAndOthers()
    {
        await AtTheTriggersAsync("HR-85");

        await _sut.SayAsync("OH says he's fit for work but his GP keeps signing him off");

        Assert.True(_sut.LastSaid(EngineText.Noted(["9. " + TriggerExamples.InformationDisconnectShort])), _sut.Describe());
        Assert.False(_sut.LastSaid("8. "), _sut.Describe());
    }

    [Fact]
    public async Task Typing_GivenWeeksToLive_OffersATerminalIllnessSomethingElseOrNone()
    {
        await AtTheTriggersAsync("HR-86");

        await _sut.SayAsync("he's been given weeks to live");

        Assert.True(_sut.LastSaid(EngineText.DidYouMeanAny(["3. " + TriageText.TriggerTerminalIllness, "12. " + TriageDialogText.OtherTriggerTitle], orNone: true)), _sut.Describe());
        await _sut.SayAsync("3");
        Assert.True(_sut.LastSaid(TriageDialogText.AskInvolvement), _sut.Describe());
    }

    [Fact]
    public async Task Change_AfterTheTriggersAreNoted_AsksForThemAgainAndKeepsTheCorrection()
    {
        await AtTheTriggersAsync("HR-87");
        await _sut.SayAsync("it's stuck");
        Assert.True(_sut.LastSaid(EngineText.Noted(["6. stuck or delayed"])), _sut.Describe());

        await _sut.SayAsync("change");

        Assert.True(_sut.LastSaid(TriageDialogText.AskTriggers), _sut.Describe());
        await _sut.SayAsync("terminal illness");
        Assert.True(_sut.LastSaid(EngineText.Noted(["3. terminal illness"])), _sut.Describe());
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("accept");
        Assert.Equal([Trigger.TerminalIllness], (await FindAsync("HR-87")).Triage.Answers.Triggers);
    }

    [Fact]
    public async Task Change_AfterWhoIdentifiedTheNeedIsNoted_AsksWhoAgain()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("HR-88");
        await _sut.SayAsync("HR flagged it");
        Assert.True(_sut.LastSaid(EngineText.Noted(["HR (EPS)"])), _sut.Describe());

        await _sut.SayAsync("that's not what I meant");

        Assert.True(_sut.LastSaid(TriageDialogText.AskIdentifiedBy), _sut.Describe());
        await _sut.SayAsync("occupational health");
        Assert.True(_sut.LastSaid(EngineText.Noted(["Occupational Health"])), _sut.Describe());
    }

    [Fact]
    public async Task Typing_TwoAnswersNotUnderstoodAtTheTriggers_ShowsEachCircumstanceWithAnEverydayExample()
    {
        await AtTheTriggersAsync("HR-89");
        await _sut.SayAsync("banana");
        Assert.False(_sut.LastSaid(TriggerExamples.InformationDisconnect), _sut.Describe());

        await _sut.SayAsync("kiwi");

        Assert.True(_sut.LastSaid("9. " + TriggerExamples.InformationDisconnectShort + ": " + TriggerExamples.InformationDisconnect), _sut.Describe());
        Assert.True(_sut.LastSaid("12. " + TriggerExamples.OtherShort + ": " + TriggerExamples.Other), _sut.Describe());
        Assert.True(_sut.LastSaid(TriageDialogText.AskTriggers) || _sut.LastSaid("Sorry"), _sut.Describe());
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
