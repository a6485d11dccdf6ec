namespace CaseBot.Cards.Model;

/// <summary>Horizontal alignment.</summary>
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
