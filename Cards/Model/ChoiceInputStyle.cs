namespace CaseBot.Cards.Model;

/// <summary>How a choice set looks.</summary>
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}
