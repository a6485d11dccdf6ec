namespace CaseBot.Cases.CriticalCases;

/// <summary>How long since the case last moved: the rule the stuck-case check, the case board and the OH service's page share.</summary>
public sealed partial class CriticalCase
{
    /// <summary>
    /// When the case last moved: its newest event that is progress (reminders are not, as they go daily while an action is overdue;
    /// nor are stuck flags or escalations, which say it is not moving; nor the lead's key dates, dated when the thing happened, not when
    /// it was noted; nor the individual's private say before a conference), or the end of its booked meeting if that is later (a meeting ahead is the next step, so it is in the future then).
    /// <see cref="DateTimeOffset.MinValue"/> for a case with no such event.
    /// </summary>
    public DateTimeOffset ProgressFrom
    {
        get
        {
            var last = _chronology.Where(e => e.Kind is not (ChronologyKind.Reminder or ChronologyKind.StuckFlagged or ChronologyKind.KeyDate
                    or ChronologyKind.Escalated or ChronologyKind.SteppedDown) && !ChronologyEntry.IsPrivate(e.Kind))
                .Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
            return BookedMeeting is { } booked && booked.Plan.End > last ? booked.Plan.End : last;
        }
    }

    /// <summary>
    /// How long since the case last moved (<see cref="ProgressFrom"/>), or null while its booked meeting is still ahead (that meeting is
    /// the next step); a booked meeting that has ended counts from its end.
    /// </summary>
    public TimeSpan? IdleFor(DateTimeOffset now)
    {
        if (BookedMeeting is { } booked && booked.Plan.Start > now)
        {
            return null;
        }

        var last = ProgressFrom;
        return last == DateTimeOffset.MinValue || last >= now ? TimeSpan.Zero : now - last;
    }
}
