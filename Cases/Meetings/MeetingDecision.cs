namespace CaseBot.Cases.Meetings;

/// <summary>What the manager decided: the recommended meeting, or the other type with a recorded reason.</summary>
public sealed record MeetingDecision
{
    public const int MaxReasonLength = 500;

    private MeetingDecision(Recommendation recommendation, MeetingType chosen, string? overrideReason)
    {
        Recommendation = recommendation;
        Chosen = chosen;
        OverrideReason = overrideReason;
    }

    public Recommendation Recommendation { get; }

    public MeetingType Chosen { get; }

    public string? OverrideReason { get; }

    public bool FollowsRecommendation => Chosen == Recommendation.Type;

    /// <summary>Who may attend the meeting actually chosen (a CMM chosen over a conference drops the individual and representative).</summary>
    public IReadOnlyList<Role> MayAttend => Attendance.MayAttend(Chosen);

    public IReadOnlyList<Role> MustNotAttend => Attendance.MustNotAttend(Chosen);

    public static MeetingDecision Accept(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return new(recommendation, recommendation.Type, null);
    }

    public static MeetingDecision Override(Recommendation recommendation, MeetingType chosen, string reason)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        if (chosen == recommendation.Type)
        {
            return Accept(recommendation);
        }

        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > MaxReasonLength)
        {
            throw new Triage.CaseRuleException(MeetingText.OverrideReasonRequired);
        }

        return new(recommendation, chosen, trimmed);
    }
}
