using CaseBot.DialogEngine.Prompts;
using Microsoft.Extensions.Time.Testing;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class DateTimePromptTests
{
    [Fact]
    public async Task ContinueDialogAsync_NextTuesdayAt10am_ResolvesRelativeToTheClock()
    {
        var sut = await StartedAsync(TestClock.Create());

        await sut.SendAsync("next Tuesday at 10am");

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), Single(sut).Start);
    }

    [Fact]
    public async Task ContinueDialogAsync_DayFirstDate_IsReadTheBritishWay()
    {
        var sut = await StartedAsync(TestClock.Create());

        await sut.SendAsync("3/12 at 2pm");

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.Zero), Single(sut).Start);
    }

    [Fact]
    public async Task ContinueDialogAsync_DateWithoutYearAlreadyPast_ResolvesToNextYear()
    {
        var sut = await StartedAsync(TestClock.Create());

        await sut.SendAsync("1/11");

        Assert.Equal(new DateTimeOffset(2027, 11, 1, 0, 0, 0, TimeSpan.Zero), Single(sut).Start);
    }

    [Fact]
    public async Task ContinueDialogAsync_Tomorrow_IsADateAtMidnightUkTime()
    {
        var sut = await StartedAsync(TestClock.Create());

        await sut.SendAsync("tomorrow");

        Assert.Equal(
            new DateTimeResolution(DateTimeResolution.Date, "2026-11-26", new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), null),
            Single(sut));
    }

    [Fact]
    public async Task ContinueDialogAsync_InBritishSummerTime_ReturnsTheBstOffset()
    {
        var sut = await StartedAsync(new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero)));

        await sut.SendAsync("tomorrow at 9am");

        Assert.Equal(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.FromHours(1)), Single(sut).Start);
    }

    [Fact]
    public async Task ContinueDialogAsync_CardDateAndTimeInputs_ReturnsThatMomentInUkTime()
    {
        var sut = await StartedAsync(TestClock.Create());

        await sut.SubmitAsync(new Dictionary<string, string> { ["promptId"] = "when", ["value"] = "2026-12-03", ["value.time"] = "14:30" });

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 14, 30, 0, TimeSpan.Zero), Single(sut).Start);
    }

    [Fact]
    public async Task ContinueDialogAsync_NoDateInTheText_SendsTheDateRetry()
    {
        var sut = await StartedAsync(TestClock.Create());

        var replies = await sut.SendAsync("whenever suits");

        Assert.Equal([EngineText.RetryDateTime], replies);
    }

    private static DateTimeResolution Single(DialogTestClient client) => Assert.Single(client.ResultAs<List<DateTimeResolution>>()!);

    private static async Task<DialogTestClient> StartedAsync(TimeProvider clock)
    {
        var client = new DialogTestClient(() => new PromptHarness(
            new DateTimePrompt("when", clock, TestClock.London), new PromptOptions { Prompt = "When?" }, TestAnswers.Plain));
        await client.SendAsync("hi");
        return client;
    }
}
