using CaseBot.Cases.AdviceLine;

namespace CaseBot.Bot.Jobs;

/// <summary>A job that runs once a day, after <paramref name="RunAt"/> UK time, on every day or on working days only.</summary>
/// <param name="RunAt">Local time (Europe/London) from which the day's run is due.</param>
/// <param name="WorkingDaysOnly">Skip weekends and the organisation's closed dates (the advice line's <c>ClosedDates</c>).</param>
public sealed record DailySchedule(TimeOnly RunAt, bool WorkingDaysOnly)
{
    /// <summary>
    /// The UK date whose run is due at <paramref name="now"/>, or null before <see cref="RunAt"/> and on days the job skips. A missed day
    /// is not caught up: each run looks at every case as it stands, so the next day's run covers it.
    /// </summary>
    public DateOnly? DueDay(DateTimeOffset now, AdviceLineHours calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var local = TimeZoneInfo.ConvertTime(now, calendar.Zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) < RunAt || (WorkingDaysOnly && !calendar.IsWorkingDay(day)))
        {
            return null;
        }

        return day;
    }
}
