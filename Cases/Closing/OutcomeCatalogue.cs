namespace CaseBot.Cases.Closing;

/// <summary>The outcomes' display names, in the order they are offered; the same words on cards, the board and the measures.</summary>
public static class OutcomeCatalogue
{
    /// <summary>Every outcome, in the order offered (the most common first, "other" last).</summary>
    public static IReadOnlyList<CaseOutcome> All { get; } = Enum.GetValues<CaseOutcome>();

    public static string Name(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.BackAtWork => "Back at work",
        CaseOutcome.BackAtWorkWithAdjustments => "Back at work with adjustments",
        CaseOutcome.Redeployed => "Redeployed",
        CaseOutcome.IllHealthRetirement => "Ill-health retirement",
        CaseOutcome.LeftTheOrganisation => "Left the organisation",
        CaseOutcome.ResolvedThroughAnotherProcess => "Resolved through another process",
        CaseOutcome.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>An outcome by its stored name (a card's or a form's value), case-insensitively; null for anything else.</summary>
    public static CaseOutcome? Parse(string? value)
        => Enum.TryParse<CaseOutcome>(value?.Trim(), ignoreCase: true, out var outcome) && Enum.IsDefined(outcome) && !int.TryParse(value, out _) ? outcome : null;
}
