using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests;

public class ComponentDialogTests
{
    [Fact]
    public async Task ContinueDialogAsync_ChildComponentCompletes_ParentStepGetsItsResult()
    {
        var sut = await AtInnerQuestionAsync();

        await sut.SendAsync("inner answer");

        Assert.Equal("outer answer + inner answer", sut.ResultAs<string>());
    }

    [Fact]
    public async Task ContinueDialogAsync_HelpInsideANestedGuidedDialog_SendsTheInnerPromptsHelp()
    {
        var sut = await AtInnerQuestionAsync();

        var replies = await sut.SendAsync("help");

        Assert.Equal([Inner.Help, Inner.Question], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_CancelConfirmedInsideANestedGuidedDialog_EmptiesTheWholeStack()
    {
        var sut = await AtInnerQuestionAsync();
        await sut.SendAsync("cancel");

        await sut.SendAsync("yes");

        Assert.Equal(DialogTurnStatus.Cancelled, sut.LastResult!.Status);
        Assert.Empty((await sut.ReadStackAsync())!.Stack);
    }

    [Fact]
    public async Task ContinueDialogAsync_RestartInsideANestedGuidedDialog_RestartsOnlyTheInnerDialog()
    {
        var sut = await AtInnerQuestionAsync();

        var replies = await sut.SendAsync("restart");

        Assert.Equal([EngineText.Restarting, Inner.Question], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_NestedGuidedDialogStoredWithUntypedValues_StartsOnlyTheNestedDialogAgain()
    {
        var sut = await AtInnerQuestionAsync();
        await StoreWithUntypedValueAsync(sut, "innerSteps");

        var replies = await sut.SendAsync("inner answer");

        Assert.Equal([EngineText.StartingAgainAfterUpdate, Inner.Question], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_NestedGuidedDialogStartedAgain_KeepsTheOuterDialogsAnswers()
    {
        var sut = await AtInnerQuestionAsync();
        await StoreWithUntypedValueAsync(sut, "innerSteps");
        await sut.SendAsync("inner answer");

        await sut.SendAsync("again");

        Assert.Equal("outer answer + again", sut.ResultAs<string>());
    }

    [Fact]
    public async Task ContinueDialogAsync_OuterWaterfallStoredWithUntypedValues_StartsTheOuterDialogAgain()
    {
        var sut = await AtInnerQuestionAsync();
        await StoreWithUntypedValueAsync(sut, "outerSteps");

        var replies = await sut.SendAsync("inner answer");

        Assert.Equal([EngineText.StartingAgainAfterUpdate, "Outer question?"], replies);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownDialogId_Throws()
    {
        var sut = new DialogTestClient(() => new Broken());

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SendAsync("hi"));
    }

    private static async Task<DialogTestClient> AtInnerQuestionAsync()
    {
        var client = new DialogTestClient(() => new Outer(), roundTripEveryTurn: true);
        await client.SendAsync("hi");
        await client.SendAsync("outer answer");
        return client;
    }

    /// <summary>Adds an answer under "values." to the waterfall <paramref name="waterfallId"/>, as versions before typed state stored them.</summary>
    private static async Task StoreWithUntypedValueAsync(DialogTestClient client, string waterfallId)
    {
        var stack = (await client.ReadStackAsync())!;
        var waterfall = Flatten(stack).Single(i => i.Id == waterfallId);
        waterfall.State["values.first"] = BotJson.ToElement("outer answer");
        await client.StoreStackAsync(JsonSerializer.Serialize(stack, BotJson.Options));
    }

    private static IEnumerable<DialogInstance> Flatten(DialogState state)
        => state.Stack.SelectMany(i => Flatten(i.Inner ?? new DialogState()).Prepend(i));

    private sealed record OuterState
    {
        public string? First { get; init; }
    }

    private sealed class Outer : GuidedDialog
    {
        public Outer()
            : base(nameof(Outer), TestAnswers.Plain)
        {
            AddDialog(new WaterfallDialog(
                "outerSteps",
                [
                    (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Outer question?" }, ct),
                    (step, ct) =>
                    {
                        step.SetState(new OuterState { First = step.ResultAs<string>() });
                        return step.BeginDialogAsync(nameof(Inner), null, ct);
                    },
                    (step, ct) => step.EndDialogAsync(BotJson.ToElement($"{step.State<OuterState>().First} + {step.ResultAs<string>()}"), ct),
                ]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new Inner());
        }
    }

    private sealed class Inner : GuidedDialog
    {
        public const string Question = "Inner question?";
        public const string Help = "Inner help.";

        public Inner()
            : base(nameof(Inner), TestAnswers.Plain)
        {
            AddDialog(new WaterfallDialog(
                "innerSteps",
                [
                    (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Question, Help = Help }, ct),
                    (step, ct) => step.EndDialogAsync(step.Result, ct),
                ]));
            AddDialog(new TextPrompt("text"));
        }
    }

    private sealed class Broken : ComponentDialog
    {
        public Broken()
            : base(nameof(Broken))
        {
            AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("missing", null, ct)]));
        }
    }
}
