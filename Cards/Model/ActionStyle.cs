namespace CaseBot.Cards.Model;

/// <summary>Button style.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
