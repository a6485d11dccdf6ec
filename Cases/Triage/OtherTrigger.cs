namespace CaseBot.Cases.Triage;

/// <summary>A circumstance not on the policy's list, in the manager's own short words (1 to 200 characters; no names or medical details).</summary>
public sealed record OtherTrigger
{
    public const int MaxLength = 200;

    /// <exception cref="CaseRuleException">The description is blank or longer than <see cref="MaxLength"/> once trimmed.</exception>
    public OtherTrigger(string? description)
        => Description = TryNormalise(description) ?? throw new CaseRuleException(TriageText.OtherTriggerLength);

    public string Description { get; }

    public static bool IsValid(string? description) => TryNormalise(description) is not null;

    private static string? TryNormalise(string? description)
    {
        var trimmed = description?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxLength ? trimmed : null;
    }
}
