using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class ChoicePromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = "How urgent is it?",
        Choices = [new("urgent", "Urgent", ["asap", "emergency"]), new("soon", "Within a week"), new("routine", "Routine")],
    };

    [Fact]
    public async Task BeginDialogAsync_TextRenderer_ListsNumberedChoices()
    {
        var sut = Client();

        var replies = await sut.SendAsync("hi");

        Assert.Equal(["How urgent is it?\n\n1. Urgent  2. Within a week  3. Routine"], replies);
    }

    [Theory]
    [InlineData("Routine", "routine")]
    [InlineData("ROUTINE!", "routine")]
    [InlineData("within a week", "soon")]
    [InlineData("soon", "soon")]
    [InlineData("asap", "urgent")]
    [InlineData("Emergency.", "urgent")]
    [InlineData("2", "soon")]
    [InlineData("#3", "routine")]
    [InlineData("option 1", "urgent")]
    [InlineData("second", "soon")]
    [InlineData("the third one", "routine")]
    [InlineData("3rd", "routine")]
    [InlineData("last", "routine")]
    [InlineData("routine please", "routine")]
    [InlineData("it's routine really", "routine")]
    [InlineData("within the week", "soon")]
    [InlineData("rutine", "routine")]
    [InlineData("an emergency", "urgent")]
    public async Task ContinueDialogAsync_TypedAnswer_ReturnsTheMeantChoice(string typed, string expected)
    {
        var sut = await StartedAsync();

        await sut.SendAsync(typed);

        Assert.Equal(expected, sut.ResultAs<FoundChoice>()!.Value);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardSubmit_ReturnsTheSubmittedChoice()
    {
        var sut = await StartedAsync();

        await sut.SubmitAsync(new PromptSubmit("choice", "soon"));

        Assert.Equal(new FoundChoice("soon", 1), sut.ResultAs<FoundChoice>());
    }

    [Fact]
    public async Task ContinueDialogAsync_ActionExecuteInvoke_ReturnsTheSubmittedChoice()
    {
        var sut = await StartedAsync();

        await sut.ExecuteAsync(new PromptSubmit("choice", "routine"));

        Assert.Equal("routine", sut.ResultAs<FoundChoice>()!.Value);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardFromAnotherPrompt_SaysItIsStaleAndAsksAgain()
    {
        var sut = await StartedAsync();

        var replies = await sut.SubmitAsync(new PromptSubmit("someOtherPrompt", "soon"));

        Assert.Equal(EngineText.StaleCard, replies[0]);
        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardWithTheCurrentToken_IsAccepted()
    {
        var sut = await StartedAsync();
        var token = await CurrentTokenAsync(sut);

        await sut.SubmitAsync(new PromptSubmit("choice", "soon", Token: token));

        Assert.Equal("soon", sut.ResultAs<FoundChoice>()!.Value);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardFromAnEarlierAskingOfThisPrompt_SaysItIsStale()
    {
        var sut = await StartedAsync();

        var replies = await sut.SubmitAsync(new PromptSubmit("choice", "soon", Token: "an-earlier-token"));

        Assert.Equal(EngineText.StaleCard, replies[0]);
    }

    [Fact]
    public async Task ContinueDialogAsync_UnrecognisedAnswer_RetriesWithTheChoices()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("purple");

        Assert.Equal([$"{EngineText.RetryChoice}\n\n1. Urgent  2. Within a week  3. Routine"], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_ANumberNotShown_SaysThereIsNoSuchOption()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("4");

        Assert.StartsWith(EngineText.NoSuchChoice(4), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_TwoOptionsNamed_AsksWhichOneInsteadOfGuessing()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("urgent, and routine");

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.StartsWith(EngineText.OnlyOne(["Urgent", "Routine"]), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_OneOptionOrAnother_AsksWhichWasMeant()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("urgent or routine");

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.StartsWith(EngineText.DidYouMean(["Urgent", "Routine"]), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_AnOptionMisspeltTwice_IsOfferedAsWhatItMayMean()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("rooutinne");

        Assert.StartsWith(EngineText.DidYouMean(["Routine"]), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorRejects_SendsTheValidatorsText()
    {
        PromptValidator<FoundChoice> notUrgent = (context, _) =>
        {
            context.RetryText = "Urgent cases go through the phone line.";
            return Task.FromResult(context.Value.Value != "urgent");
        };
        var sut = new DialogTestClient(() => new PromptHarness(new ChoicePrompt("choice", TestAnswers.Plain, notUrgent), Options, TestAnswers.Plain));
        await sut.SendAsync("hi");

        var replies = await sut.SendAsync("urgent");

        Assert.StartsWith("Urgent cases go through the phone line.", replies.Single());
    }

    private static async Task<string?> CurrentTokenAsync(DialogTestClient client)
    {
        var harness = (await client.ReadStackAsync())!.Stack.Single();
        return harness.Inner!.Stack.Single(i => i.Id == "choice").GetValue<string>("token");
    }

    private static DialogTestClient Client() => new(() => new PromptHarness(new ChoicePrompt("choice", TestAnswers.Plain), Options, TestAnswers.Plain));

    private static async Task<DialogTestClient> StartedAsync()
    {
        var client = Client();
        await client.SendAsync("hi");
        return client;
    }
}
