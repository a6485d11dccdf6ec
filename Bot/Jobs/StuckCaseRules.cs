using CaseBot.Cases.CaseFiles;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Whether a case is stuck, by the tiers: an action overdue by more than a tier's days, or no progress for at least its weeks. Progress is
/// the case's own events: reminders are not progress (they go daily while an action is overdue), nor are stuck flags, nor the lead's key
/// dates (dated when the thing happened, not when it was noted). A case with a meeting booked ahead is not stuck until that meeting starts.
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
        var idle = IdleFor(criticalCase, now);
        var idleWeeks = idle is { } span ? (int)(span.Ticks / TimeSpan.TicksPerDay / 7) : (int?)null;
        for (var i = tiers.Count - 1; i >= 0; i--)
        {
            var tier = tiers[i];
            var reasons = new List<string>();
            if (overdueDays > tier.OverdueActionDays)
            {
                reasons.Add(JobText.OverdueFor(overdueDays));
            }

            if (idle is { } waited && waited >= TimeSpan.FromDays(7 * tier.NoProgressWeeks))
            {
                reasons.Add(JobText.NoProgressFor(idleWeeks!.Value));
            }

            if (reasons.Count > 0)
            {
                return new StuckFinding(tier, overdueDays, idleWeeks, reasons);
            }
        }

        return null;
    }

    /// <summary>How long since the case last moved, or null while its booked meeting is still ahead.</summary>
    public static TimeSpan? IdleFor(CriticalCase criticalCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var booked = criticalCase.BookedMeeting;
        if (booked is not null && booked.Plan.Start > now)
        {
            return null;
        }

        var last = criticalCase.Chronology.Where(e => e.Kind is not (ChronologyKind.Reminder or ChronologyKind.StuckFlagged or ChronologyKind.KeyDate))
            .Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        if (booked is not null && booked.Plan.End > last)
        {
            last = booked.Plan.End;
        }

        return last == DateTimeOffset.MinValue || last >= now ? TimeSpan.Zero : now - last;
    }
}
