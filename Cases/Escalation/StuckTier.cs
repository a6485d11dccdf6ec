namespace CaseBot.Cases.Escalation;

/// <summary>
/// One escalation tier of the stuck-case check, shaped like seed 002's thresholds of management and escalation: a case reaches the
/// tier when an action is overdue by more than <see cref="OverdueActionDays"/> days, or nothing has moved for
/// <see cref="NoProgressWeeks"/> weeks or more. Bound from configuration, hence init properties rather than a positional record.
/// </summary>
public sealed record StuckTier
{
    /// <summary>Shown in the nudge and part of its dedup key: letters, digits and - only.</summary>
    public string Name { get; init; } = string.Empty;

    public int OverdueActionDays { get; init; }

    public int NoProgressWeeks { get; init; }

    public StuckNotify Notify { get; init; } = StuckNotify.Lead;
}
