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

    public static IReadOnlyDictionary<string, AdaptiveCard> Cards()
    {
        var critical = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.TerminalIllness }));
        var conference = MeetingRecommender.Recommend(new RecommendationRequest(critical, NeedIdentifiedBy.Manager, true, false));
        var cmm = MeetingRecommender.Recommend(new RecommendationRequest(critical, NeedIdentifiedBy.OccupationalHealth, true, true));
        var notCritical = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(false, false, false, new HashSet<Trigger>()));
        var hours = AdviceLineHours.ForUk();
        var opened = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse("HR-2026-0142"), "aad-1", "tenant-1",
            new TriageRecord(NeedIdentifiedBy.Manager, new CriticalCaseAnswers(true, true, true, new HashSet<Trigger>()), true, false),
            MeetingRecommender.Accept(conference), Now);
        return new Dictionary<string, AdaptiveCard>
        {
            ["recommendation-conference"] = RecommendationCard.Build(conference, "HR-2026-0142"),
            ["recommendation-cmm"] = RecommendationCard.Build(cmm, "OH-77"),
            ["not-critical"] = NotCriticalCard.Build(notCritical, hours.Describe(hours.Status(Now)), new AdviceLineContact("023 8062 6600", "oh@example.org")),
            ["case-opened"] = CaseOpenedCard.Build(opened, hours.Zone, "Next: plan and book the meeting."),
        };
    }

    [Fact]
    public async Task Validate_EveryTriageCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Fact]
    public async Task Render_EveryTriageCard_InTeamsLightHostConfig()
        => await CardRenderer.AssertEveryCardRendersAsync(Cards());

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
}
