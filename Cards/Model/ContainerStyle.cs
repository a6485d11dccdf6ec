namespace CaseBot.Cards.Model;

/// <summary>Container style.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
