using CaseBot.Cards.Model;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cards.Triage;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cards.Tests.Triage;

/// <summary>The triage cards: accepted by the official library, rendered with the Teams host config, and saying the right things.</summary>
public sealed class TriageCardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly AdviceLineContact Contact = new("023 8062 6600", "oh@example.org");

    public static IReadOnlyDictionary<string, AdaptiveCard> Cards()
    {
        var critical = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.TerminalIllness }));
        var conference = MeetingRecommender.Recommend(new RecommendationRequest(critical, NeedIdentifiedBy.Manager, true, false));
        var cmm = MeetingRecommender.Recommend(new RecommendationRequest(critical, NeedIdentifiedBy.OccupationalHealth, true, true));
        var notCritical = NotCritical();
        var hours = AdviceLineHours.ForUk();
        var opened = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse("HR-2026-0142"), "aad-1", "tenant-1",
            new TriageRecord(NeedIdentifiedBy.Manager, new CriticalCaseAnswers(true, true, true, new HashSet<Trigger>()), true, false),
            MeetingRecommender.Accept(conference), Now);
        return new Dictionary<string, AdaptiveCard>
        {
            ["recommendation-conference"] = RecommendationCard.Build(conference, "HR-2026-0142"),
            ["recommendation-cmm"] = RecommendationCard.Build(cmm, "OH-77"),
            ["not-critical"] = NotCriticalCard.Build(notCritical, hours, hours.Describe(hours.Status(Now)), Contact),
            ["case-opened"] = CaseOpenedCard.Build(opened, hours.Zone, "Next: plan and book the meeting."),
        };
    }

    [Fact]
    public async Task Validate_EveryTriageCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Fact]
    public async Task Render_EveryTriageCard_InTeamsLightHostConfig()
        => await CardRenderer.AssertEveryCardRendersAsync(Cards());

    [Fact]
    public void NotCritical_DefaultHours_StatesEightToFourAsEver()
    {
        var hours = AdviceLineHours.ForUk();

        var sut = CardSerializer.ToJson(NotCriticalCard.Build(NotCritical(), hours, hours.Describe(hours.Status(Now)), Contact));

        Assert.Contains("**OH advice line** (8am to 4pm weekdays, UK time)", sut, StringComparison.Ordinal);
        Assert.Contains("contact the OH advice line (8am to 4pm on weekdays).", sut, StringComparison.Ordinal);
        Assert.Contains("The OH advice line is open now until 4pm (UK time).", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void NotCritical_ConfiguredHours_StatesThemAndNeverTheDefaults()
    {
        var hours = new AdviceLineHours(TimeZoneInfo.FindSystemTimeZoneById(AdviceLineHours.UkTimeZoneId), new TimeOnly(9, 30), new TimeOnly(17, 0));

        var sut = CardSerializer.ToJson(NotCriticalCard.Build(NotCritical(), hours, hours.Describe(hours.Status(Now)), Contact));

        Assert.Contains("**OH advice line** (9:30am to 5pm weekdays, UK time)", sut, StringComparison.Ordinal);
        Assert.Contains("contact the OH advice line (9:30am to 5pm on weekdays).", sut, StringComparison.Ordinal);
        Assert.Contains("The OH advice line is open now until 5pm (UK time).", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("8am", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("4pm", sut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_CmmRecommendation_SaysTheIndividualNeverAttendsAndShowsDisclosure()
    {
        await using var renderer = await CardRenderer.StartAsync();

        var text = await renderer.RenderAsync("recommendation-cmm-check", Cards()["recommendation-cmm"]);

        Assert.Contains("Recommended: Case Management Meeting", text, StringComparison.Ordinal);
        Assert.Contains("never attend", text, StringComparison.Ordinal);
        Assert.Contains("disclosable in a court of law", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The individual's home", text, StringComparison.Ordinal);
    }

    private static CriticalCaseResult NotCritical() => CriticalCaseAssessment.Assess(new CriticalCaseAnswers(false, false, false, new HashSet<Trigger>()));
}
