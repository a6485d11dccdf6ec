using System.Globalization;
using System.Text.RegularExpressions;
using CaseBot.Bot.Tests.Tab;
using CaseBot.Bot.Tests.Conversations;
using CaseBot.Bot.Tests.Support;

namespace CaseBot.Bot.Tests.AdviceLine;

/// <summary>
/// Hours changed in configuration (AdviceLine:Opens 09:30, Closes 17:00): every sentence that states them follows, in the triage's
/// not-critical card, the status card and each page of the case board, and none still says 8am or 4pm.
/// </summary>
public sealed partial class ConfiguredAdviceLineHoursTests
{
    private static readonly Dictionary<string, string?> Hours = new() { ["AdviceLine:Opens"] = "09:30", ["AdviceLine:Closes"] = "17:00" };

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "The OH advice line is open now until 5pm (UK time).")]
    [InlineData("2026-11-25T17:00:00Z", "The OH advice line is closed now; it opens again tomorrow at 9:30am (UK time).")]
    public async Task Triage_NotCritical_CardStatesTheConfiguredHours(string now, string adviceLineNow)
    {
        await using var sut = await ConversationHarness.StartAsync(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), Hours);

        foreach (var answer in new[] { "new case", "REF-NC", "me", "no", "no", "no", "none" })
        {
            await sut.SayAsync(answer);
        }

        Assert.True(sut.LastSaid("Not a critical case"), sut.Describe());
        Assert.True(sut.LastSaid("**OH advice line** (9:30am to 5pm weekdays, UK time)"), sut.Describe());
        Assert.True(sut.LastSaid("contact the OH advice line (9:30am to 5pm on weekdays)."), sut.Describe());
        Assert.True(sut.LastSaid(adviceLineNow), sut.Describe());
        AssertNoDefaultHours(sut.Describe());
    }

    [Fact]
    public async Task Status_ShownToStaff_SaysTheConfiguredClosingTime()
    {
        await using var sut = await ConversationHarness.StartAsync(settings: new(StatusPeople.Settings.Concat(Hours)));
        await sut.SeedCaseAsync("HR-2026-0142");
        sut.As(StatusPeople.StaffId);

        await sut.SayAsync("status HR-2026-0142");

        Assert.True(sut.LastSaid("The OH advice line is open now until 5pm (UK time)."), sut.Describe());
        AssertNoDefaultHours(sut.Describe());
    }

    [Fact]
    public async Task CaseBoard_EveryPage_SaysTheConfiguredHours()
    {
        await using var host = new TabHost(Hours);
        using var browser = await host.SignInAsync(TabPeople.AdviceLineId);

        foreach (var page in new[] { "/tab/cases", "/tab/lookup", "/tab/actions" })
        {
            await browser.GetAsync(page);

            // The host runs on the real clock, so the line is either of the two; both name only the configured times.
            var line = TabSession.Text(AdviceLineParagraph().Match(browser.Html).Value);
            Assert.Matches(@"^The OH advice line is (open now until 5pm|closed now; it opens again .+ at 9:30am) \(UK time\)\. Phone ", line);
            AssertNoDefaultHours(line);
        }
    }

    private static void AssertNoDefaultHours(string said)
    {
        Assert.DoesNotContain("8am", said, StringComparison.Ordinal);
        Assert.DoesNotContain("4pm", said, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"advice-line[^>]*>.*?</p>", RegexOptions.Singleline)]
    private static partial Regex AdviceLineParagraph();
}
