using System.Globalization;
using CaseBot.Cases.Booking;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Planning;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using CaseBot.Dialogs.Root;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.Dialogs.Tests.Recognition;

/// <summary>
/// Meeting times typed as managers type them (Corpus/times.tsv), through the planning conversation's own time prompt on Monday
/// 7 December 2026 at 09:15 UK time (bank holidays 25 and 28 December, 1 January), must give the expected UK start; those in
/// Corpus/times-clarify.tsv (no time, in the past, a weekend, out of hours, two days) must be asked again.
/// </summary>
public sealed class TypedTimeCorpusTests(ITestOutputHelper output)
{
    private const double RequiredRate = 0.97;
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 15, 0, TimeSpan.Zero);
    private static readonly DateOnly[] BankHolidays = [new(2026, 12, 25), new(2026, 12, 28), new(2027, 1, 1)];

    [Theory]
    [InlineData("", 100)]
    [InlineData("holdout/", 80)]
    public async Task TypedTimes_TimesCorpus_ResolvedAtLeast97Percent(string corpus, int minimum)
    {
        var lines = CorpusLine.Read(corpus + "times.tsv", hasPrompt: false);
        var misses = new List<string>();

        foreach (var line in lines)
        {
            var client = await AskedAsync();
            var replies = await client.SendAsync(line.Typed);
            var expected = DateTime.ParseExact(line.Expected, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            if (client.LastResult!.Status != DialogTurnStatus.Complete)
            {
                misses.Add($"{line} → asked again: {replies.FirstOrDefault()?.Split('\n')[0]}");
                continue;
            }

            var start = TimeZoneInfo.ConvertTime(client.ResultAs<List<DateTimeResolution>>()![0].Start, TestClock.London).DateTime;
            if (start != expected)
            {
                misses.Add(string.Create(CultureInfo.InvariantCulture, $"{line} → {start:yyyy-MM-dd HH:mm} (expected {line.Expected})"));
            }
        }

        var rate = CorpusReport.Write(output, corpus + "times corpus", "resolved", lines.Count, misses);
        Assert.True(lines.Count >= minimum, $"The corpus has {lines.Count} times; it needs at least {minimum}.");
        Assert.True(rate >= RequiredRate, $"Resolution rate {rate:P1} is below {RequiredRate:P0}; misses:\n{string.Join('\n', misses)}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("holdout/")]
    public async Task TypedTimes_ClarifyCorpus_AreAskedAgainNeverBooked(string corpus)
    {
        var lines = CorpusLine.Read(corpus + "times-clarify.tsv", hasPrompt: false);
        var guessed = new List<string>();

        foreach (var line in lines)
        {
            var client = await AskedAsync();
            await client.SendAsync(line.Typed);
            if (client.LastResult!.Status != DialogTurnStatus.Waiting)
            {
                var start = client.ResultAs<List<DateTimeResolution>>()![0].Start;
                guessed.Add(string.Create(CultureInfo.InvariantCulture, $"{line} → {TimeZoneInfo.ConvertTime(start, TestClock.London):yyyy-MM-dd HH:mm}"));
            }
        }

        CorpusReport.Write(output, corpus + "times clarify corpus", "asked again", lines.Count, guessed);
        Assert.Empty(guessed);
    }

    /// <summary>The planning conversation's typed-time prompt (with its future-start rule), asked and waiting.</summary>
    private static async Task<DialogTestClient> AskedAsync()
    {
        var steps = new MeetingTimeSteps("slot", "time", WorkingHours.ForUk(BankHolidays), new FakeTimeProvider(Now));
        var prompt = steps.Prompts().Single(p => p.Id == "time");
        var client = new DialogTestClient(() => new PromptHarness(prompt, new PromptOptions { Prompt = PlanningText.AskTime, Help = PlanningText.TimeHelp }, CaseAnswers.Create()));
        await client.SendAsync("start");
        return client;
    }
}
