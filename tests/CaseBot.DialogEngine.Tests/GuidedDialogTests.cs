using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;

namespace CaseBot.DialogEngine.Tests;

public class GuidedDialogTests
{
    private const string UrgencyList = "1. Urgent  2. Within a week  3. Routine";

    [Fact]
    public async Task Help_AtAMiddleStep_SendsThatStepsHelpAndAsksAgain()
    {
        var sut = await AtUrgencyStepAsync();

        var replies = await sut.SendAsync("help");

        Assert.Equal([SampleIntakeDialog.UrgencyHelp, $"{SampleIntakeDialog.AskUrgency}\n\n{UrgencyList}"], replies);
    }

    [Fact]
    public async Task Help_PromptWithoutHelpText_SendsTheGenericHelp()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("urgent");

        var replies = await sut.SendAsync("HELP");

        Assert.Equal(EngineText.GenericHelp, replies[0]);
    }

    [Fact]
    public async Task Help_FromACardButton_SendsThatStepsHelp()
    {
        var sut = await AtUrgencyStepAsync();

        var replies = await sut.SubmitAsync(new PromptSubmit(nameof(ChoicePrompt), Command: "help"));

        Assert.Equal(SampleIntakeDialog.UrgencyHelp, replies[0]);
    }

    [Fact]
    public async Task Cancel_AtAMiddleStep_AsksForConfirmation()
    {
        var sut = await AtUrgencyStepAsync();

        var replies = await sut.SendAsync(" Cancel ");

        Assert.Equal([$"{EngineText.CancelConfirm}\n\n1. Yes  2. No"], replies);
    }

    [Fact]
    public async Task Cancel_ConfirmedWithYes_EndsAllDialogsWithTheCancelledMessage()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("cancel");

        var replies = await sut.SendAsync("yeah");

        Assert.Equal([EngineText.Cancelled], replies);
        Assert.Equal(DialogTurnStatus.Cancelled, sut.LastResult!.Status);
        Assert.Empty((await sut.ReadStackAsync())!.Stack);
    }

    [Fact]
    public async Task Cancel_AnsweredNo_AsksTheSameQuestionAgain()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("cancel");

        var replies = await sut.SendAsync("nope");

        Assert.Equal([EngineText.CancelDeclined, $"{SampleIntakeDialog.AskUrgency}\n\n{UrgencyList}"], replies);
    }

    [Fact]
    public async Task Cancel_AnsweredNo_TheNextAnswerContinuesTheFlow()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("cancel");
        await sut.SendAsync("no");

        var replies = await sut.SendAsync("routine");

        Assert.StartsWith(SampleIntakeDialog.AskSymptoms, replies.Single());
    }

    [Fact]
    public async Task Cancel_AtAFreeTextPrompt_IsStillACommand()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("cancel");

        Assert.StartsWith(EngineText.CancelConfirm, replies.Single());
    }

    [Fact]
    public async Task Cancel_InsideALongerAnswer_IsTakenAsTheAnswer()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("Cancel Smith");

        Assert.StartsWith(SampleIntakeDialog.AskUrgency, replies.Single());
    }

    [Fact]
    public async Task Back_AtAMiddleStep_AsksThePreviousQuestionAgain()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("urgent");

        var replies = await sut.SendAsync("back");

        Assert.Equal([$"{SampleIntakeDialog.AskUrgency}\n\n{UrgencyList}"], replies);
    }

    [Fact]
    public async Task Back_ThenANewAnswer_OverwritesTheEarlierAnswerAndKeepsTheOthers()
    {
        var clock = TestClock.Create();
        var sut = new DialogTestClient(() => new SampleIntakeDialog(clock), roundTripEveryTurn: true);
        foreach (var message in new[] { "hi", "Alex", "urgent", "back", "routine", "2", "tomorrow at 9am", "1 hour" })
        {
            await sut.SendAsync(message);
        }

        await sut.SendAsync("yes");

        var answers = sut.ResultAs<IntakeAnswers>()!;
        Assert.Equal(("Alex", "routine"), (answers.Name, answers.Urgency));
        Assert.Equal(["stress"], answers.Symptoms);
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_SaysThereIsNothingToGoBackTo()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("back");

        Assert.Equal([EngineText.NothingToGoBackTo, SampleIntakeDialog.AskName], replies);
    }

    [Fact]
    public async Task Restart_AtAMiddleStep_AsksTheFirstQuestionAgain()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("urgent");

        var replies = await sut.SendAsync("restart");

        Assert.Equal([EngineText.Restarting, SampleIntakeDialog.AskName], replies);
    }

    [Fact]
    public async Task Restart_AtAMiddleStep_ClearsTheEarlierAnswers()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("urgent");

        await sut.SendAsync("restart");

        var waterfall = (await sut.ReadStackAsync())!.Stack.Single().Inner!.Stack.Single(i => i.Id == "intake");
        Assert.DoesNotContain(WaterfallDialog.StateKey, waterfall.State.Keys);
    }

    [Fact]
    public async Task InvalidAnswer_FirstTime_SendsTheSpecificRetryWithTheChoices()
    {
        var sut = await AtUrgencyStepAsync();

        var replies = await sut.SendAsync("purple");

        Assert.Equal([$"{SampleIntakeDialog.UrgencyRetry}\n\n{UrgencyList}"], replies);
    }

    [Fact]
    public async Task InvalidAnswer_ThirdTimeInARow_OffersHelpInsteadOfRepeating()
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("purple");
        await sut.SendAsync("green");

        var replies = await sut.SendAsync("blue");

        Assert.Equal([SampleIntakeDialog.UrgencyHelp, $"{EngineText.HelpOfferChoices}\n\n{UrgencyList}"], replies);
    }

    [Fact]
    public async Task InvalidAnswer_AfterTheHelpOffer_CountsAgainFromOne()
    {
        var sut = await AtUrgencyStepAsync();
        foreach (var message in new[] { "purple", "green", "blue" })
        {
            await sut.SendAsync(message);
        }

        var replies = await sut.SendAsync("red");

        Assert.StartsWith(SampleIntakeDialog.UrgencyRetry, replies.Single());
    }

    private static async Task<DialogTestClient> StartedAsync()
    {
        var clock = TestClock.Create();
        var client = new DialogTestClient(() => new SampleIntakeDialog(clock));
        await client.SendAsync("hi");
        return client;
    }

    private static async Task<DialogTestClient> AtUrgencyStepAsync()
    {
        var client = await StartedAsync();
        await client.SendAsync("Alex Smith");
        return client;
    }
}
