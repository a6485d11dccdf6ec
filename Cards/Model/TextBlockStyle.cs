namespace CaseBot.Cards.Model;

/// <summary>Text block style.</summary>
public enum TextBlockStyle
{
    Default,
    Heading,
}
