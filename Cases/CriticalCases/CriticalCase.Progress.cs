namespace CaseBot.Cases.CriticalCases;

/// <summary>How long since the case last moved: the rule the stuck-case check and the case board share.</summary>
public sealed partial class CriticalCase
{
    /// <summary>
    /// How long since the case last moved, or null while its booked meeting is still ahead (that meeting is the next step). Progress is
    /// the case's own events: reminders are not progress (they go daily while an action is overdue), nor are stuck flags, nor the lead's
    /// key dates (dated when the thing happened, not when it was noted), nor the individual's private say before a conference; a booked meeting that has ended counts from its end.
    /// </summary>
    public TimeSpan? IdleFor(DateTimeOffset now)
    {
        var booked = BookedMeeting;
        if (booked is not null && booked.Plan.Start > now)
        {
            return null;
        }

        var last = _chronology.Where(e => e.Kind is not (ChronologyKind.Reminder or ChronologyKind.StuckFlagged or ChronologyKind.KeyDate) && !ChronologyEntry.IsPrivate(e.Kind))
            .Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        if (booked is not null && booked.Plan.End > last)
        {
            last = booked.Plan.End;
        }

        return last == DateTimeOffset.MinValue || last >= now ? TimeSpan.Zero : now - last;
    }
}
