namespace CaseBot.Cases.Meetings;

/// <summary>
/// What the manager decided: the recommended meeting, or the other type with a recorded reason. Attendees follow the type
/// actually chosen, so a CMM chosen over a conference drops the individual and their representative.
/// </summary>
public sealed record MeetingDecision
{
    public const int MaxReasonLength = 500;

    private MeetingDecision(Recommendation recommended, MeetingType chosen, string? overrideReason)
    {
        Recommended = recommended;
        Chosen = chosen;
        OverrideReason = overrideReason;
    }

    public Recommendation Recommended { get; }

    public MeetingType Chosen { get; }

    /// <summary>Null when the recommendation was accepted.</summary>
    public string? OverrideReason { get; }

    /// <summary>The manager went with the recommended type.</summary>
    public bool Accepted => Chosen == Recommended.Type;

    public IReadOnlyList<Role> MayAttend => Attendance.MayAttend(Chosen);

    public IReadOnlyList<Role> MustNotAttend => Attendance.MustNotAttend(Chosen);

    /// <summary>
    /// Builds a decision (also to restore a stored one): <paramref name="chosen"/> null or equal to the recommended type accepts it;
    /// another type needs <paramref name="overrideReason"/> of 1 to <see cref="MaxReasonLength"/> characters.
    /// </summary>
    /// <exception cref="CaseRuleException">The other type is chosen without a valid reason.</exception>
    public static MeetingDecision Create(Recommendation recommended, MeetingType? chosen, string? overrideReason)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        if (chosen is not { } other || other == recommended.Type)
        {
            return new(recommended, recommended.Type, null);
        }

        var trimmed = overrideReason?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxReasonLength)
        {
            throw new CaseRuleException(MeetingText.OverrideReasonRequired);
        }

        return new(recommended, other, trimmed);
    }
}
