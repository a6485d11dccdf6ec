using CaseBot.Cards.Model;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Triage;

/// <summary>The recommendation: meeting type, why, who leads organising it, who attends (and who never does), venues, disclosure.</summary>
public static class RecommendationCard
{
    public static AdaptiveCard Build(Recommendation recommendation, string caseReference)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var type = MeetingCatalogue.Name(recommendation.Type);
        var body = new List<CardElement>
        {
            new TextBlock($"Recommended: {type}") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"Case {MarkdownText.Inline(caseReference)}") { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock("**Why**") { Spacing = Spacing.Medium },
            new TextBlock(Bullets(recommendation.Reasons.Select(r => r.Text))),
            new FactSet
            {
                Facts =
                [
                    new Fact("Leads organising", RoleCatalogue.Name(recommendation.Lead.LeadRole)),
                    new Fact("Because", recommendation.Lead.Why),
                    new Fact("Who may attend", string.Join(", ", recommendation.MayAttend.Select(RoleCatalogue.Name))),
                ],
            },
        };
        if (AttendanceText.NeverAttend(recommendation.Type, recommendation.MustNotAttend) is { } neverAttend)
        {
            body.Add(new TextBlock(neverAttend) { Color = TextColor.Attention });
        }

        body.Add(new TextBlock("**Venue options**") { Spacing = Spacing.Medium });
        body.Add(new TextBlock(Bullets(VenueCatalogue.For(recommendation.Type).Select(VenueCatalogue.Name)) + "\n\n" + MeetingText.ExternalVenueCostNote) { IsSubtle = true });
        body.Add(DisclosureBlock.Build());
        return new AdaptiveCard { Body = body, FallbackText = $"Recommended: {type} for case {caseReference}" };
    }

    // Reasons can quote the manager's own words (the "other" circumstance), and key dates are theirs: each line is plain text.
    internal static string Bullets(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => "- " + MarkdownText.Inline(l)));
}
