using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class PromptRendererSelectionTests
{
    private static readonly PromptOptions Options = new() { Prompt = "Submit?", Help = "Yes sends it." };

    [Fact]
    public async Task BeginDialogAsync_RendererInTurnState_RendersWithIt()
    {
        var renderer = new RecordingRenderer();
        var sut = new DialogTestClient(() => new PromptHarness(new ConfirmPrompt("confirm", TestAnswers.Plain), Options, TestAnswers.Plain)) { Renderer = renderer };

        var replies = await sut.SendAsync("hi");

        Assert.Equal(["rendered confirm"], replies);
        Assert.Equal(
            new PromptRenderRequest("confirm", PromptKind.Confirm, "Submit?", renderer.Requests[0].Choices, false, "value", false),
            renderer.Requests[0] with { Token = null });
    }

    [Fact]
    public async Task BeginDialogAsync_AnyPrompt_GivesTheRendererATokenForTheCard()
    {
        var renderer = new RecordingRenderer();
        var sut = new DialogTestClient(() => new PromptHarness(new ConfirmPrompt("confirm", TestAnswers.Plain), Options, TestAnswers.Plain)) { Renderer = renderer };

        await sut.SendAsync("hi");

        Assert.False(string.IsNullOrEmpty(renderer.Requests[0].Token));
    }

    [Fact]
    public async Task ContinueDialogAsync_InvalidAnswer_RendersARetryRequest()
    {
        var renderer = new RecordingRenderer();
        var sut = new DialogTestClient(() => new PromptHarness(new ConfirmPrompt("confirm", TestAnswers.Plain), Options, TestAnswers.Plain)) { Renderer = renderer };
        await sut.SendAsync("hi");

        await sut.SendAsync("perhaps");

        Assert.True(renderer.Requests[^1].IsRetry);
    }

    [Fact]
    public async Task BeginDialogAsync_RendererGivenToThePrompt_WinsOverTurnState()
    {
        var own = new RecordingRenderer();
        var sut = new DialogTestClient(() => new PromptHarness(new ConfirmPrompt("confirm", TestAnswers.Plain, renderer: own), Options, TestAnswers.Plain))
        {
            Renderer = new RecordingRenderer(),
        };

        await sut.SendAsync("hi");

        Assert.Single(own.Requests);
    }

    private sealed class RecordingRenderer : IPromptRenderer
    {
        public List<PromptRenderRequest> Requests { get; } = [];

        public IReadOnlyList<Activity> Render(PromptRenderRequest request)
        {
            Requests.Add(request);
            return [new Activity { Type = ActivityTypes.Message, Text = "rendered " + request.PromptId }];
        }
    }
}
