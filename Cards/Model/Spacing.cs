namespace CaseBot.Cards.Model;

/// <summary>Space above an element.</summary>
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
