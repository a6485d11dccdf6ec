namespace CaseBot.Bot.Jobs;

/// <summary>
/// One escalation tier of the stuck-case check, shaped like seed 002's thresholds of management and escalation: a case reaches the
/// tier when an action is overdue by more than <see cref="OverdueActionDays"/> days, or nothing has moved for
/// <see cref="NoProgressWeeks"/> weeks or more.
/// </summary>
public sealed class StuckTier
{
    /// <summary>Shown in the nudge and part of its dedup key: letters, digits and - only.</summary>
    public string Name { get; set; } = string.Empty;

    public int OverdueActionDays { get; set; }

    public int NoProgressWeeks { get; set; }

    public StuckNotify Notify { get; set; } = StuckNotify.Lead;
}
