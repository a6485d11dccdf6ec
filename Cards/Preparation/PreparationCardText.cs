namespace CaseBot.Cards.Preparation;

/// <summary>The preparation card's own words, beside <see cref="Cases.Preparation.PreparationText"/>'s. Tests use the same strings.</summary>
public static class PreparationCardText
{
    /// <summary>In place of the organiser's name when the plan does not have it.</summary>
    public const string TheOrganiser = "The organiser";
}
