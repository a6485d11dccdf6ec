using CaseBot.Cards.Model;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Triage;

/// <summary>The summary once a case is saved: reference, meeting decided, lead, and the chronology so far.</summary>
public static class CaseOpenedCard
{
    public static AdaptiveCard Build(CriticalCase criticalCase, TimeZoneInfo displayZone, string nextStep)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var decision = criticalCase.Decision;
        var facts = new List<Fact>
        {
            new("Case", MarkdownText.Inline(criticalCase.Reference.Value)),
            new("Meeting", MeetingCatalogue.Name(decision.Chosen)),
            new("Recommended", MeetingCatalogue.Name(decision.Recommended.Type)),
            new("Leads organising", RoleCatalogue.Name(decision.Recommended.Lead.LeadRole)),
            new("Who may attend", string.Join(", ", decision.MayAttend.Select(RoleCatalogue.Name))),
        };
        if (decision.OverrideReason is not null)
        {
            facts.Add(new("Reason for the change", MarkdownText.Inline(decision.OverrideReason)));
        }

        return new AdaptiveCard
        {
            FallbackText = $"Case {criticalCase.Reference.Value} saved",
            Body =
            [
                new TextBlock($"Case {MarkdownText.Inline(criticalCase.Reference.Value)} saved") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
                new FactSet { Facts = facts },
                new TextBlock("**Chronology**") { Spacing = Spacing.Medium },
                new TextBlock(RecommendationCard.Bullets(criticalCase.Chronology.Select(e =>
                    $"{TimeZoneInfo.ConvertTime(e.At, displayZone).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: {e.Summary}"))),
                new TextBlock(nextStep) { Spacing = Spacing.Medium },
            ],
        };
    }
}
