using CaseBot.Cases.Escalation;

namespace CaseBot.Cases.CriticalCases;

/// <summary>The case's tier on the escalation ladder: raised by the daily check, raised or lowered by the OH service by hand.</summary>
public sealed partial class CriticalCase
{
    public const int MaxTierReasonLength = 200;

    /// <summary>
    /// The daily check found the case past a higher tier's thresholds (<see cref="StuckCaseRules"/>): it is escalated to that tier.
    /// Not progress (<see cref="IdleFor"/>), and never a step down.
    /// </summary>
    public void EscalateByCheck(int level, string tierName, IReadOnlyList<string> reasons, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tierName);
        ArgumentNullException.ThrowIfNull(reasons);
        RequireOpen();
        Require(level > Tier.Level, EscalationText.SameTier);
        Tier = new CaseTier(level, tierName.Trim(), now, ByHand: false);
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.Escalated, EscalationText.EscalatedByCheck(Tier.Name, reasons)));
    }

    /// <summary>
    /// The OH service moves the case to another tier by hand (up or down; level 0 takes it out of escalation), saying why. Who may do
    /// this is the use case's to check; the stuck-case clocks restart from now (<see cref="CaseTier.ClocksFrom"/>).
    /// </summary>
    /// <param name="level">The new level, 0 to the ladder's top.</param>
    /// <param name="tierName">The tier's name at that level (ignored for level 0).</param>
    /// <param name="reason">Why, in a few words; no medical details.</param>
    /// <param name="now">When.</param>
    public void ChangeTier(int level, string tierName, string? reason, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        RequireOpen();
        Require(level != Tier.Level, EscalationText.SameTier);
        Require(level == 0 || !string.IsNullOrWhiteSpace(tierName), EscalationText.NoSuchTier);
        var trimmed = reason?.Trim();
        Require(trimmed is { Length: > 0 and <= MaxTierReasonLength }, EscalationText.ReasonRules);
        var up = level > Tier.Level;
        Tier = new CaseTier(level, level == 0 ? string.Empty : tierName.Trim(), now, ByHand: true);
        var shown = level == 0 ? EscalationText.NotEscalated.ToLowerInvariant() : Tier.Name;
        _chronology.Add(up
            ? new ChronologyEntry(now, ChronologyKind.Escalated, EscalationText.EscalatedByHand(shown, trimmed!))
            : new ChronologyEntry(now, ChronologyKind.SteppedDown, EscalationText.SteppedDownByHand(shown, trimmed!)));
    }
}
