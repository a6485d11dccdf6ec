namespace CaseBot.Cases.Escalation;

/// <summary>
/// Where a case stands on the escalation tiers (<see cref="EscalationTiers"/>): level 0 is not escalated, 1 the first tier and so on.
/// <see cref="Name"/> is the tier's name when the case reached it (a later rename of the tier in configuration leaves it as it was).
/// A change made by hand (the OH service) restarts the stuck-case clocks from <see cref="Since"/>: the daily check escalates the case
/// again only once it passes a higher tier's thresholds counted from that change.
/// </summary>
/// <param name="Level">0 for not escalated, else the tier's position from 1.</param>
/// <param name="Name">The tier's name; empty at level 0.</param>
/// <param name="Since">When the case came to this level; <see cref="DateTimeOffset.MinValue"/> for a case never escalated.</param>
/// <param name="ByHand">True when the OH service set this level by hand, false when the daily check did.</param>
public sealed record CaseTier(int Level, string Name, DateTimeOffset Since, bool ByHand)
{
    /// <summary>A case never escalated.</summary>
    public static CaseTier None { get; } = new(0, string.Empty, DateTimeOffset.MinValue, false);

    public bool IsEscalated => Level > 0;

    /// <summary>Since when the stuck-case clocks count: the last change by hand, else from the start.</summary>
    public DateTimeOffset? ClocksFrom => ByHand ? Since : null;
}
