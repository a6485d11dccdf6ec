using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Escalation;

/// <summary>
/// Whether a case is stuck, by the tiers: an action overdue by more than a tier's days, or no progress for at least its weeks (progress as
/// <see cref="CriticalCase.IdleFor"/> defines it, the rule the case board shows too). A case with a meeting booked ahead is not stuck
/// until that meeting starts. After the OH service sets a case's tier by hand, both clocks count from that change
/// (<see cref="CaseTier.ClocksFrom"/>).
/// </summary>
public static class StuckCaseRules
{
    public static StuckFinding? Assess(CriticalCase criticalCase, DateOnly today, DateTimeOffset now, IReadOnlyList<StuckTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(tiers);
        // A meeting booked ahead is the very step a stuck nudge asks for; its overdue actions still get their daily reminders.
        if (criticalCase.Stage == CaseStage.Closed || criticalCase.BookedMeeting?.Plan.Start > now)
        {
            return null;
        }

        var overdueDays = criticalCase.OpenActions.Where(a => a.IsOverdue(today)).Select(a => today.DayNumber - a.Due.DayNumber).DefaultIfEmpty(0).Max();
        var idle = criticalCase.IdleFor(now);

        // A tier set by hand restarts both clocks: the service has looked at the case, so only what happens after counts.
        if (criticalCase.Tier.ClocksFrom is { } from)
        {
            var sinceHand = from >= now ? TimeSpan.Zero : now - from;
            overdueDays = Math.Min(overdueDays, (int)(sinceHand.Ticks / TimeSpan.TicksPerDay));
            idle = idle is { } waited && waited > sinceHand ? sinceHand : idle;
        }

        var idleWeeks = idle is { } span ? (int)(span.Ticks / TimeSpan.TicksPerDay / 7) : (int?)null;
        for (var i = tiers.Count - 1; i >= 0; i--)
        {
            var tier = tiers[i];
            var reasons = new List<string>();
            if (overdueDays > tier.OverdueActionDays)
            {
                reasons.Add(EscalationText.OverdueFor(overdueDays));
            }

            if (idle is { } waited && waited >= TimeSpan.FromDays(7 * tier.NoProgressWeeks))
            {
                reasons.Add(EscalationText.NoProgressFor(idleWeeks!.Value));
            }

            if (reasons.Count > 0)
            {
                return new StuckFinding(tier, overdueDays, idleWeeks, reasons);
            }
        }

        return null;
    }
}
