using CaseBot.Cards.Model;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Triage;

namespace CaseBot.Cards.Triage;

/// <summary>Not a critical case: why, the usual route, and the OH advice line with its hours and whether it is open now.</summary>
public static class NotCriticalCard
{
    /// <param name="result">The assessment, not critical.</param>
    /// <param name="adviceLine">The advice line's hours (configured), which the usual route and the advice line's heading state.</param>
    /// <param name="adviceLineNow">The advice line's open/closed line (<c>AdviceLineHours.Describe</c>).</param>
    /// <param name="contact">The advice line's phone and email.</param>
    public static AdaptiveCard Build(CriticalCaseResult result, AdviceLineHours adviceLine, string adviceLineNow, AdviceLineContact contact)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(adviceLine);
        ArgumentNullException.ThrowIfNull(contact);
        return new AdaptiveCard
        {
            FallbackText = "Not a critical case",
            Body =
            [
                new TextBlock("Not a critical case") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock("**Why**"),
                new TextBlock(RecommendationCard.Bullets(result.Reasons.Select(r => r.Text))),
                new TextBlock("**What to do**") { Spacing = Spacing.Medium },
                new TextBlock(TriageText.UsualRoute(adviceLine)),
                new Container
                {
                    Style = ContainerStyle.Emphasis,
                    Items =
                    [
                        new TextBlock($"**OH advice line** ({adviceLine.Times} weekdays, UK time)"),
                        new FactSet { Facts = [new Fact("Phone", MarkdownText.Inline(contact.Phone)), new Fact("Email", MarkdownText.Inline(contact.Email))] },
                        new TextBlock(adviceLineNow),
                    ],
                },
            ],
        };
    }
}
