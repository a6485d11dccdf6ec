namespace CaseBot.Cases.Triage;

/// <summary>A circumstance not on the policy's list, in the manager's own short words (no names or medical details).</summary>
public sealed record OtherTrigger
{
    public const int MaxLength = 200;

    public OtherTrigger(string description)
    {
        var trimmed = description?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            throw new CaseRuleException(TriageText.OtherTriggerLength);
        }

        Description = trimmed;
    }

    public string Description { get; }
}
