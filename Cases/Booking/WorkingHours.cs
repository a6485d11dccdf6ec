using CaseBot.Cases.AdviceLine;

namespace CaseBot.Cases.Booking;

/// <summary>
/// When meetings may be held: <see cref="Start"/> to <see cref="End"/> local time in <see cref="Zone"/>, on weekdays that are not
/// closed dates (bank holidays). Default: 09:00 to 17:00 UK time (Europe/London, so BST and GMT are both handled).
/// </summary>
public sealed class WorkingHours
{
    private readonly HashSet<DateOnly> _closedDates;

    /// <param name="zone">The organisation's time zone (see <see cref="ForUk"/>).</param>
    /// <param name="start">Local time the working day starts.</param>
    /// <param name="end">Local time the working day ends; after <paramref name="start"/>.</param>
    /// <param name="closedDates">Local dates that are not working days although weekdays.</param>
    public WorkingHours(TimeZoneInfo zone, TimeOnly start, TimeOnly end, IEnumerable<DateOnly>? closedDates = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, end);
        Zone = zone;
        Start = start;
        End = end;
        _closedDates = [.. closedDates ?? []];
    }

    public static TimeOnly DefaultStart { get; } = new(9, 0);

    public static TimeOnly DefaultEnd { get; } = new(17, 0);

    public TimeZoneInfo Zone { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public IReadOnlySet<DateOnly> ClosedDates => _closedDates;

    /// <summary>09:00 to 17:00 Europe/London on weekdays, closed on <paramref name="closedDates"/>.</summary>
    public static WorkingHours ForUk(IEnumerable<DateOnly>? closedDates = null)
        => new(TimeZoneInfo.FindSystemTimeZoneById(AdviceLineHours.UkTimeZoneId), DefaultStart, DefaultEnd, closedDates);

    public bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_closedDates.Contains(date);

    /// <summary>The local date of <paramref name="instant"/> in <see cref="Zone"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The first <paramref name="count"/> working days on or after <paramref name="first"/>.</summary>
    public IEnumerable<DateOnly> WorkingDaysFrom(DateOnly first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var (date, found) = (first, 0); found < count; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                found++;
                yield return date;
            }
        }
    }

    /// <summary>The working hours of <paramref name="date"/> as instants (their offsets are the zone's on that date).</summary>
    public TimeSlot HoursOf(DateOnly date) => new(At(date, Start), At(date, End));

    // The UK changes clocks at 1am and 2am, outside any sensible working day, so the local times here are never skipped or repeated.
    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
