using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("Sure!")]
    [InlineData("ok")]
    [InlineData("okay")]
    [InlineData("correct")]
    [InlineData("yes please")]
    [InlineData("yes, go ahead")]
    [InlineData("1")]
    public async Task ContinueDialogAsync_YesOrASynonym_ReturnsTrue(string typed)
    {
        var sut = await StartedAsync();

        await sut.SendAsync(typed);

        Assert.True(sut.ResultAs<bool>());
    }

    [Theory]
    [InlineData("no")]
    [InlineData("N")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("No thanks.")]
    [InlineData("no, not today")]
    [InlineData("2")]
    public async Task ContinueDialogAsync_NoOrASynonym_ReturnsFalse(string typed)
    {
        var sut = await StartedAsync();

        await sut.SendAsync(typed);

        Assert.Equal(DialogTurnStatus.Complete, sut.LastResult!.Status);
        Assert.False(sut.ResultAs<bool>());
    }

    [Theory]
    [InlineData("no")]
    [InlineData("false")]
    public async Task ContinueDialogAsync_CardSubmit_ReturnsFalseForNo(string value)
    {
        var sut = await StartedAsync();

        await sut.SubmitAsync(new PromptSubmit("confirm", value));

        Assert.Equal(DialogTurnStatus.Complete, sut.LastResult!.Status);
        Assert.False(sut.ResultAs<bool>());
    }

    [Theory]
    [InlineData("sure, no")]
    [InlineData("purple")]
    public async Task ContinueDialogAsync_NeitherYesNorNo_AsksForYesOrNo(string typed)
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync(typed);

        Assert.Equal([$"{EngineText.RetryConfirm}\n\n1. Yes  2. No"], replies);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("maybe yes")]
    [InlineData("no idea, yes maybe")]
    [InlineData("I don't know")]
    [InlineData("yes and no")]
    public async Task ContinueDialogAsync_Hedged_ExplainsTheQuestionInsteadOfGuessing(string typed)
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync(typed);

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.Equal([$"{EngineText.NotSure(Help)}\n\n1. Yes  2. No"], replies);
    }

    private const string Help = "Submitting sends the form to HR.";

    private static async Task<DialogTestClient> StartedAsync()
    {
        var client = new DialogTestClient(() => new PromptHarness(new ConfirmPrompt("confirm", TestAnswers.Plain), new PromptOptions { Prompt = "Submit?", Help = Help }, TestAnswers.Plain));
        await client.SendAsync("hi");
        return client;
    }
}
