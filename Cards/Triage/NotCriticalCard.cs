using CaseBot.Cards.Model;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Triage;

namespace CaseBot.Cards.Triage;

/// <summary>Not a critical case: why, the usual route, and the OH advice line with whether it is open now.</summary>
public static class NotCriticalCard
{
    public static AdaptiveCard Build(CriticalCaseResult result, string adviceLineNow, AdviceLineContact contact)
    {
        ArgumentNullException.ThrowIfNull(result);
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
                new TextBlock(TriageText.UsualRoute),
                new Container
                {
                    Style = ContainerStyle.Emphasis,
                    Items =
                    [
                        new TextBlock("**OH advice line** (8am to 4pm weekdays, UK time)"),
                        new FactSet { Facts = [new Fact("Phone", contact.Phone), new Fact("Email", contact.Email)] },
                        new TextBlock(adviceLineNow),
                    ],
                },
            ],
        };
    }
}
