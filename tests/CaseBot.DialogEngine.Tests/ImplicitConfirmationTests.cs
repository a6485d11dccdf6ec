using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;

namespace CaseBot.DialogEngine.Tests;

/// <summary>
/// A typed answer is said back in the options' own words before the next question ("Noted: Routine."), and 'change' (or "that's
/// wrong") asks the question just answered again. A click needs no echo; the echo never quotes what was typed.
/// </summary>
public class ImplicitConfirmationTests
{
    private const string UrgencyList = "1. Urgent  2. Within a week  3. Routine";

    [Fact]
    public async Task ContinueDialogAsync_TypedChoice_SaysWhatWasTakenBeforeTheNextQuestion()
    {
        var sut = await AtUrgencyStepAsync();

        var replies = await sut.SendAsync("it's routine, nothing urgent");

        Assert.Equal(EngineText.Noted(["Routine"]), replies[0]);
        Assert.StartsWith(SampleIntakeDialog.AskSymptoms, replies[1]);
    }

    [Fact]
    public async Task ContinueDialogAsync_ClickedChoice_SaysNothingBack()
    {
        var sut = await AtUrgencyStepAsync();

        var replies = await sut.SubmitAsync(new PromptSubmit(nameof(ChoicePrompt), "routine"));

        Assert.StartsWith(SampleIntakeDialog.AskSymptoms, replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_TypedList_NamesEveryOptionTakenInListOrder()
    {
        var sut = await AtSymptomsStepAsync();

        var replies = await sut.SendAsync("headaches and my back pain");

        Assert.Equal("Noted: Back pain, and Headaches.", replies[0]);
    }

    [Fact]
    public async Task ContinueDialogAsync_TypedNone_SaysNoneOfThem()
    {
        var sut = await AtSymptomsStepAsync();

        var replies = await sut.SendAsync("none really");

        Assert.Equal(EngineText.Noted([]), replies[0]);
        Assert.Equal($"Noted: {EngineText.NoneOfThem}.", replies[0]);
    }

    [Fact]
    public async Task ContinueDialogAsync_TypedTimeAndLength_SaysThemBackInFull()
    {
        var sut = await AtSymptomsStepAsync();
        await sut.SendAsync("none");

        var time = await sut.SendAsync("tomorrow at 9am");
        var length = await sut.SendAsync("an hour and a half");

        Assert.StartsWith("Noted: ", time[0]);
        Assert.EndsWith(" 09:00.", time[0]);
        Assert.Equal("Noted: 1 hour 30 minutes.", length[0]);
    }

    [Fact]
    public async Task ContinueDialogAsync_TypedYesOrNo_SaysNothingBack()
    {
        var sut = await AtSymptomsStepAsync();
        foreach (var message in new[] { "none", "tomorrow at 9am", "45 minutes" })
        {
            await sut.SendAsync(message);
        }

        var replies = await sut.SendAsync("yes please");

        Assert.Equal([SampleIntakeDialog.Done], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_TypedAnswerWithDetails_NeverQuotesThem()
    {
        var sut = await AtSymptomsStepAsync();

        var replies = await sut.SendAsync("Alex has had headaches since the accident");

        Assert.DoesNotContain("Alex", replies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("accident", replies[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("change")]
    [InlineData("that's wrong")]
    [InlineData("No, that's not what I meant!")]
    [InlineData("Change it")]
    public async Task Change_AfterANotedAnswer_AsksThatQuestionAgain(string typed)
    {
        var sut = await AtUrgencyStepAsync();
        await sut.SendAsync("urgent");

        var replies = await sut.SendAsync(typed);

        Assert.Equal([$"{SampleIntakeDialog.AskUrgency}\n\n{UrgencyList}"], replies);
    }

    [Fact]
    public async Task Change_ThenAnotherAnswer_KeepsTheNewOne()
    {
        var clock = TestClock.Create();
        var sut = new DialogTestClient(() => new SampleIntakeDialog(clock));
        foreach (var message in new[] { "hi", "Alex", "urgent", "change", "routine", "none", "tomorrow at 9am", "1 hour" })
        {
            await sut.SendAsync(message);
        }

        await sut.SendAsync("yes");

        Assert.Equal("routine", sut.ResultAs<IntakeAnswers>()!.Urgency);
    }

    [Fact]
    public async Task Change_InsideALongerAnswer_IsTakenAsTheAnswer()
    {
        var sut = await StartedAsync();

        var replies = await sut.SendAsync("Change of plan");

        Assert.StartsWith(SampleIntakeDialog.AskUrgency, replies.Single());
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

    private static async Task<DialogTestClient> AtSymptomsStepAsync()
    {
        var client = await AtUrgencyStepAsync();
        await client.SubmitAsync(new PromptSubmit(nameof(ChoicePrompt), "urgent"));
        return client;
    }
}
