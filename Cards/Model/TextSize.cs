namespace CaseBot.Cards.Model;

/// <summary>Text size.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
