namespace CaseBot.Cards.Model;

/// <summary>Text colour (semantic).</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
