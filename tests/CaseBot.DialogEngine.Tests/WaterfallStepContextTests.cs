using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;

namespace CaseBot.DialogEngine.Tests;

public class WaterfallStepContextTests
{
    [Fact]
    public async Task State_NothingStoredYet_IsANewRecord()
    {
        var sut = new DialogTestClient(() => new VisitDialog());

        var replies = await sut.SendAsync("hi");

        Assert.Equal([$"so far: {new Visit()}", VisitDialog.AskDay], replies);
    }

    [Fact]
    public async Task UpdateState_InEveryStepWithTheStackRoundTrippedBetweenTurns_KeepsEveryAnswer()
    {
        var sut = new DialogTestClient(() => new VisitDialog(), roundTripEveryTurn: true);
        await sut.SendAsync("hi");
        await sut.SendAsync("friday");

        await sut.SendAsync("Alex");

        Assert.Equal(new Visit { Day = DayOfWeek.Friday, Name = "Alex", Steps = 3 }, sut.ResultAs<Visit>());
    }

    [Fact]
    public async Task SetState_EnumMember_IsStoredByName()
    {
        var sut = new DialogTestClient(() => new VisitDialog());
        await sut.SendAsync("hi");

        await sut.SendAsync("friday");

        var waterfall = (await sut.ReadStackAsync())!.Stack.Single().Inner!.Stack.Single(i => i.Id == VisitDialog.StepsId);
        Assert.Equal("Friday", waterfall.State[WaterfallDialog.StateKey].GetProperty("day").GetString());
    }

    [Fact]
    public async Task State_AfterBack_KeepsTheAnswersUntilAStepOverwritesThem()
    {
        var sut = new DialogTestClient(() => new VisitDialog());
        await sut.SendAsync("hi");
        await sut.SendAsync("friday");

        var replies = await sut.SendAsync("back");

        Assert.Equal($"so far: {new Visit { Day = DayOfWeek.Friday, Steps = 2 }}", replies[0]);
    }

    /// <summary>What <see cref="VisitDialog"/> keeps between its steps.</summary>
    private sealed record Visit
    {
        public DayOfWeek? Day { get; init; }

        public string? Name { get; init; }

        public int Steps { get; init; }
    }

    /// <summary>Asks a day then a name, counting its steps in the state; ends with the state.</summary>
    private sealed class VisitDialog : GuidedDialog
    {
        public const string StepsId = "visit";
        public const string AskDay = "Which day?";
        public const string AskName = "Name?";

        public VisitDialog()
            : base(nameof(VisitDialog), TestAnswers.Plain)
        {
            AddDialog(new WaterfallDialog(StepsId, [DayStepAsync, NameStepAsync, DoneStepAsync]));
            AddDialog(new TextPrompt("text"));
        }

        private static async Task<DialogTurnResult> DayStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync($"so far: {step.State<Visit>()}", ct);
            step.UpdateState<Visit>(v => v with { Steps = v.Steps + 1 });
            return await step.PromptAsync("text", new PromptOptions { Prompt = AskDay }, ct);
        }

        private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.UpdateState<Visit>(v => v with { Day = Enum.Parse<DayOfWeek>(step.ResultAs<string>()!, ignoreCase: true), Steps = v.Steps + 1 });
            return step.PromptAsync("text", new PromptOptions { Prompt = AskName }, ct);
        }

        private static Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            var visit = step.UpdateState<Visit>(v => v with { Name = step.ResultAs<string>(), Steps = v.Steps + 1 });
            return step.EndDialogAsync(BotJson.ToElement(visit), ct);
        }
    }
}
