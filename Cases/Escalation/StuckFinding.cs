namespace CaseBot.Cases.Escalation;

/// <summary>Why a case looks stuck: the highest tier it reached, and the plain reasons (see <see cref="EscalationText"/>).</summary>
/// <param name="Tier">The highest tier whose threshold the case passed.</param>
/// <param name="OverdueDays">Days the most overdue open action is past its due date; 0 when none is overdue.</param>
/// <param name="IdleWeeks">Whole weeks since the case last moved; null while a meeting is booked ahead.</param>
/// <param name="Reasons">Which of the tier's thresholds were passed, in words.</param>
public sealed record StuckFinding(StuckTier Tier, int OverdueDays, int? IdleWeeks, IReadOnlyList<string> Reasons);
