namespace CaseBot.Cases.Escalation;

/// <summary>
/// One escalation tier of the stuck-case check, shaped like seed 002's thresholds of management and escalation: a case reaches the
/// tier when an action is overdue by more than <see cref="OverdueActionDays"/> days, or nothing has moved for
/// <see cref="NoProgressWeeks"/> weeks or more. Each tier is also a level of escalation a case is held at (<see cref="CaseTier"/>),
/// announced to the tier's contacts. Bound from configuration, hence init properties rather than a positional record.
/// </summary>
public sealed record StuckTier
{
    /// <summary>Shown in the nudge and part of its dedup key: letters, digits and - only.</summary>
    public string Name { get; init; } = string.Empty;

    public int OverdueActionDays { get; init; }

    public int NoProgressWeeks { get; init; }

    public StuckNotify Notify { get; init; } = StuckNotify.Lead;

    /// <summary>Who is told when a case reaches (or leaves) this tier, besides its lead: Entra object ids (GUIDs).</summary>
    public IReadOnlyList<string> ContactObjectIds { get; init; } = [];

    /// <summary>
    /// Entra groups whose members are the tier's contacts too, once group membership is read from Microsoft Graph (until then, as for
    /// the advice line's and the admins' groups, only <see cref="ContactObjectIds"/> are told).
    /// </summary>
    public IReadOnlyList<string> ContactGroupIds { get; init; } = [];
}
