using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class DurationPromptTests
{
    [Theory]
    [InlineData("90 minutes")]
    [InlineData("1h30")]
    [InlineData("1.5 hours")]
    [InlineData("an hour and a half")]
    public async Task ContinueDialogAsync_TypedDuration_ReturnsTheTimeSpan(string typed)
    {
        var sut = await StartedAsync();

        await sut.SendAsync(typed);

        Assert.Equal(TimeSpan.FromMinutes(90), sut.ResultAs<TimeSpan>());
    }

    [Fact]
    public async Task ContinueDialogAsync_BareNumber_AsksForAUnit()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("90");

        Assert.Equal([EngineText.RetryDurationUnit], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardIsoDuration_ReturnsTheTimeSpan()
    {
        var sut = await StartedAsync();

        await sut.SubmitAsync(new PromptSubmit("duration", "PT45M"));

        Assert.Equal(TimeSpan.FromMinutes(45), sut.ResultAs<TimeSpan>());
    }

    private static async Task<DialogTestClient> StartedAsync()
    {
        var client = new DialogTestClient(() => new PromptHarness(new DurationPrompt("duration"), new PromptOptions { Prompt = "How long?" }, TestAnswers.Plain));
        await client.SendAsync("hi");
        return client;
    }
}
