namespace CaseBot.Cards.Model;

/// <summary>Text weight.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
