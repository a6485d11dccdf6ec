using CaseBot.Cases.Escalation;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// The stuck-case check (section <c>StuckCases</c>): escalation tiers from the first to the most serious, each with higher thresholds
/// than the one before. A case is nudged at the highest tier it reaches. Checked at start by <see cref="StuckCasesOptionsValidator"/>.
/// </summary>
public sealed class StuckCasesOptions
{
    public const string SectionName = "StuckCases";

    /// <summary>Used when the section names no tiers (new instances each time: options objects are mutable).</summary>
    public static IReadOnlyList<StuckTier> DefaultTiers =>
    [
        new StuckTier { Name = "Stuck", OverdueActionDays = 14, NoProgressWeeks = 4, Notify = StuckNotify.Lead },
        new StuckTier { Name = "Escalated", OverdueActionDays = 28, NoProgressWeeks = 8, Notify = StuckNotify.LeadAndAdmins },
    ];

    public List<StuckTier> Tiers { get; set; } = [];

    /// <summary>The configured tiers, or <see cref="DefaultTiers"/> when none are configured.</summary>
    public IReadOnlyList<StuckTier> EffectiveTiers => Tiers.Count > 0 ? Tiers : DefaultTiers;
}
