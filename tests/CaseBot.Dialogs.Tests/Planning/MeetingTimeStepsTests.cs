using CaseBot.Cases.Booking;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Root;
using CaseBot.TestSupport.Dialogs;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Dialogs.Tests.Planning;

/// <summary>The planning step that offers free times: a click, the option's number, or a time typed in the manager's own words.</summary>
public sealed class MeetingTimeStepsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 15, 0, TimeSpan.Zero);
    private static readonly WorkingHours Hours = WorkingHours.ForUk([new DateOnly(2026, 12, 25)]);

    private static readonly TimeSlot[] Free =
    [
        new(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 8, 11, 0, 0, TimeSpan.Zero)),
        new(new DateTimeOffset(2026, 12, 8, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 8, 15, 0, 0, TimeSpan.Zero)),
        new(new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 9, 11, 0, 0, TimeSpan.Zero)),
    ];

    [Theory]
    [InlineData("tues 2pm", 1)]
    [InlineData("Tuesday at 2", 1)]
    [InlineData("2", 1)]
    [InlineData("weds 10am", 2)]
    public async Task ContinueDialogAsync_AnOfferedTimeTyped_PicksThatSlot(string typed, int slot)
    {
        var sut = await AskedAsync();

        await sut.SendAsync(typed);

        Assert.Equal(new FoundChoice(Free[slot].Start.ToString("O"), slot), sut.ResultAs<FoundChoice>());
    }

    [Fact]
    public async Task ContinueDialogAsync_ATimeNotOffered_IsTakenWithoutAskingForAnotherTimeFirst()
    {
        var sut = await AskedAsync();

        await sut.SendAsync("thursday at half two");

        var found = sut.ResultAs<FoundChoice>()!;
        Assert.Equal(-1, found.Index);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 14, 30, 0, TimeSpan.Zero), DateTimeOffset.Parse(found.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("saturday at 10", "Saturday 12 December is not a working day")]
    [InlineData("friday 7pm", "outside working hours")]
    [InlineData("25/12 at 10", "Friday 25 December is not a working day")]
    public async Task ContinueDialogAsync_ATimeThatCannotBeBooked_SaysWhyAndAsksAgain(string typed, string why)
    {
        var sut = await AskedAsync();

        var replies = await sut.SendAsync(typed);

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.Contains(why, replies.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContinueDialogAsync_NoneOfThese_ChoosesAnotherTime()
    {
        var sut = await AskedAsync();

        await sut.SendAsync("none of those work");

        Assert.Equal(SlotChoices.AnotherTime, sut.ResultAs<FoundChoice>()!.Value);
    }

    private static async Task<DialogTestClient> AskedAsync()
    {
        var prompt = new MeetingTimeSteps("slot", "time", Hours, new FakeTimeProvider(Now)).Prompts().Single(p => p.Id == "slot");
        var options = new PromptOptions { Prompt = PlanningText.AskSlot, Choices = SlotChoices.For(Free, Hours) };
        var client = new DialogTestClient(() => new PromptHarness(prompt, options, CaseAnswers.Create()));
        await client.SendAsync("start");
        return client;
    }
}
