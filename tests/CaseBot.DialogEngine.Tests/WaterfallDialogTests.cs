using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;

namespace CaseBot.DialogEngine.Tests;

public class WaterfallDialogTests
{
    [Fact]
    public async Task RunAsync_StackRoundTrippedThroughJsonBetweenEveryTurn_CompletesWithEveryAnswer()
    {
        var clock = TestClock.Create();
        var sut = new DialogTestClient(() => new SampleIntakeDialog(clock), roundTripEveryTurn: true);

        foreach (var message in new[] { "hi", "Alex Smith", "2", "1, 3", "next Tuesday at 10am", "1h30", "yes" })
        {
            await sut.SendAsync(message);
        }

        var answers = sut.ResultAs<IntakeAnswers>()!;
        Assert.Equal(DialogTurnStatus.Complete, sut.LastResult!.Status);
        Assert.Equal(7, sut.RoundTrips);
        Assert.Equal("Alex Smith", answers.Name);
        Assert.Equal("soon", answers.Urgency);
        Assert.Equal(["back", "sleep"], answers.Symptoms);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), answers.Appointment);
        Assert.Equal(TimeSpan.FromMinutes(90), answers.Duration);
        Assert.True(answers.Confirmed);
    }

    [Fact]
    public async Task RunAsync_NewDialogObjectsAndStateEachTurn_ResumesAtTheSameStep()
    {
        var clock = TestClock.Create();
        var sut = new DialogTestClient(() => new SampleIntakeDialog(clock));
        await sut.SendAsync("hi");
        await sut.SendAsync("Alex Smith");

        var replies = await sut.SendAsync("routine");

        Assert.StartsWith(SampleIntakeDialog.AskSymptoms, replies[^1]);
    }

    [Fact]
    public async Task RunAsync_AfterTheLastStep_LeavesAnEmptyStackInStorage()
    {
        var clock = TestClock.Create();
        var sut = new DialogTestClient(() => new SampleIntakeDialog(clock));
        foreach (var message in new[] { "hi", "Alex", "1", "none", "tomorrow at 9am", "45 minutes" })
        {
            await sut.SendAsync(message);
        }

        await sut.SendAsync("no");

        Assert.Empty((await sut.ReadStackAsync())!.Stack);
    }

    [Fact]
    public async Task NextAsync_StepSkipsAhead_RunsTheFollowingStepInTheSameTurn()
    {
        var sut = new DialogTestClient(() => new SkippingDialog());

        var replies = await sut.SendAsync("hi");

        Assert.Equal(["step 3"], replies);
    }

    [Fact]
    public async Task Options_GivenToTheWaterfall_AreReadableInEveryStep()
    {
        var sut = new DialogTestClient(() => new OptionsReadingDialog());
        await sut.SendAsync("hi");

        var replies = await sut.SendAsync("Alex");

        Assert.Equal(["from options: case-42"], replies);
    }

    private sealed record StartOptions(string CaseRef);

    private sealed class SkippingDialog : ComponentDialog
    {
        public SkippingDialog()
            : base(nameof(SkippingDialog))
        {
            AddDialog(new WaterfallDialog(
                "skip",
                [
                    (step, ct) => step.NextAsync(BotJson.ToElement("skipped"), ct),
                    (step, ct) => step.NextAsync(null, ct),
                    async (step, ct) =>
                    {
                        await step.Context.SendActivityAsync("step 3", ct);
                        return Dialog.EndOfTurn;
                    },
                ]));
        }
    }

    private sealed class OptionsReadingDialog : ComponentDialog
    {
        public OptionsReadingDialog()
            : base(nameof(OptionsReadingDialog))
        {
            AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("remember", BotJson.ToElement(new StartOptions("case-42")), ct)]));
            AddDialog(new WaterfallDialog(
                "remember",
                [
                    (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Name?" }, ct),
                    async (step, ct) =>
                    {
                        await step.Context.SendActivityAsync("from options: " + step.GetOptions<StartOptions>()!.CaseRef, ct);
                        return await step.EndDialogAsync(step.Result, ct);
                    },
                ]));
            AddDialog(new TextPrompt("text"));
        }
    }
}
