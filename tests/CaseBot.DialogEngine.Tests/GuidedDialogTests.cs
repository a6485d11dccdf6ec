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

        Assert.StartsWith(SampleIntakeDialog.AskSymptoms, replies[^1]);
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

    [Fact]
    public async Task Continue_StackStoredWithUntypedValuesByAnEarlierVersion_SaysWhyAndStartsAgain()
    {
        var sut = new DialogTestClient(() => new SampleIntakeDialog(TestClock.Create()));
        await sut.StoreStackAsync(EarlierVersionAtUrgency);

        var replies = await sut.SendAsync("urgent");

        Assert.Equal([EngineText.StartingAgainAfterUpdate, SampleIntakeDialog.AskName], replies);
    }

    [Fact]
    public async Task Continue_StackStoredWithUntypedValuesByAnEarlierVersion_KeepsNoneOfThem()
    {
        var sut = new DialogTestClient(() => new SampleIntakeDialog(TestClock.Create()));
        await sut.StoreStackAsync(EarlierVersionAtUrgency);

        await sut.SendAsync("urgent");

        var waterfall = (await sut.ReadStackAsync())!.Stack.Single().Inner!.Stack.Single(i => i.Id == "intake");
        Assert.DoesNotContain(waterfall.State.Keys, k => k.StartsWith("values.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Continue_StackStoredWithUntypedValuesByAnEarlierVersion_CanBeAnsweredToTheEnd()
    {
        var sut = new DialogTestClient(() => new SampleIntakeDialog(TestClock.Create()), roundTripEveryTurn: true);
        await sut.StoreStackAsync(EarlierVersionAtUrgency);
        await sut.SendAsync("urgent");

        foreach (var message in new[] { "Sam", "routine", "none", "tomorrow at 9am", "1 hour", "yes" })
        {
            await sut.SendAsync(message);
        }

        Assert.Equal(("Sam", "routine"), (sut.ResultAs<IntakeAnswers>()!.Name, sut.ResultAs<IntakeAnswers>()!.Urgency));
    }

    /// <summary>The intake waiting on its urgency question, as the engine stored it before typed state: the name under "values.name".</summary>
    private const string EarlierVersionAtUrgency = """
        {"stack":[{"id":"SampleIntakeDialog","state":{},"inner":{"stack":[
          {"id":"ChoicePrompt","state":{"options":{"prompt":"How urgent is it?","help":"Urgent means someone needs to call you today.",
            "retryPrompt":"Please pick how urgent it is.","choices":[{"value":"urgent"},{"value":"soon"},{"value":"routine"}],
            "allowNone":false,"allowAll":true},"token":"3eb0cf44f96c4d8ca6bc28e9b6377dc6"}},
          {"id":"intake","state":{"stepIndex":1,"waitedSteps":[0,1],"stepResult.1":"Alex Smith","values.name":"Alex Smith"}}]}}]}
        """;

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
