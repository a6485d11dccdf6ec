using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class TextPromptTests
{
    [Fact]
    public async Task BeginDialogAsync_AnyActivity_SendsTheQuestion()
    {
        var sut = Client(new TextPrompt("text"));

        var replies = await sut.SendAsync("hi");

        Assert.Equal(["Describe the problem."], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_TypedText_ReturnsItTrimmed()
    {
        var sut = await StartedAsync(new TextPrompt("text"));

        await sut.SendAsync("  My back hurts when I lift boxes  ");

        Assert.Equal("My back hurts when I lift boxes", sut.ResultAs<string>());
    }

    [Fact]
    public async Task ContinueDialogAsync_TextWithATeamsMention_ReturnsItWithoutTheMention()
    {
        var sut = await StartedAsync(new TextPrompt("text"));

        await sut.SendAsync("<at>CaseBot</at> My back hurts");

        Assert.Equal("My back hurts", sut.ResultAs<string>());
    }

    [Fact]
    public async Task ContinueDialogAsync_LongerThanTheLimit_SaysWhatTheLimitIs()
    {
        var sut = await StartedAsync(new TextPrompt("text", maxLength: 10));

        var replies = await sut.SendAsync("This is far too long");

        Assert.Equal([EngineText.TextTooLong(10)], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardTextInput_ReturnsTheInputValue()
    {
        var sut = await StartedAsync(new TextPrompt("text"));

        await sut.SubmitAsync(new PromptSubmit("text", "From the card"));

        Assert.Equal("From the card", sut.ResultAs<string>());
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorRejects_SendsTheValidatorsText()
    {
        PromptValidator<string> needsDigits = (context, _) =>
        {
            context.RetryText = "A case number has digits.";
            return Task.FromResult(context.Value.Any(char.IsDigit));
        };
        var sut = await StartedAsync(new TextPrompt("text", needsDigits));

        var replies = await sut.SendAsync("abc");

        Assert.Equal(["A case number has digits."], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_TypingIndicator_KeepsWaiting()
    {
        var sut = await StartedAsync(new TextPrompt("text"));

        var replies = await sut.SendActivityAsync(new BotFramework.Schema.Activity
        {
            Type = BotFramework.Schema.ActivityTypes.Typing,
            ChannelId = "test",
            Conversation = new BotFramework.Schema.ConversationAccount("conversation-1"),
        });

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
    }

    private static DialogTestClient Client(TextPrompt prompt)
        => new(() => new PromptHarness(prompt, new PromptOptions { Prompt = "Describe the problem." }, TestAnswers.Plain));

    private static async Task<DialogTestClient> StartedAsync(TextPrompt prompt)
    {
        var client = Client(prompt);
        await client.SendAsync("hi");
        return client;
    }
}
