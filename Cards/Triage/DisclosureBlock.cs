using CaseBot.Cards.Model;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Triage;

/// <summary>The disclosure notice as it appears on cards.</summary>
public static class DisclosureBlock
{
    public static Container Build() => new()
    {
        Style = ContainerStyle.Emphasis,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock("**Disclosure**"),
            new TextBlock(DisclosureNotice.Text) { Size = TextSize.Small },
        ],
    };
}
