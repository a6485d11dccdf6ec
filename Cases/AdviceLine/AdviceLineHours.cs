using System.Globalization;

namespace CaseBot.Cases.AdviceLine;

/// <summary>
/// The OH advice line's hours: "8am to 4pm weekdays", in UK time (Europe/London, so BST and GMT are both handled), closed on the
/// given bank holidays. Pure: the instant is always a parameter, never read from a clock.
/// </summary>
public sealed class AdviceLineHours
{
    public const string UkTimeZoneId = "Europe/London";

    private static readonly TimeOnly Opens = new(8, 0);
    private static readonly TimeOnly Closes = new(16, 0);
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DateOnly> _closedDates;

    /// <param name="zone">The UK time zone (see <see cref="ForUk"/>); another zone only for tests.</param>
    /// <param name="closedDates">UK dates the line is closed although a weekday, e.g. bank holidays.</param>
    public AdviceLineHours(TimeZoneInfo zone, IEnumerable<DateOnly>? closedDates = null)
    {
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        _closedDates = [.. closedDates ?? []];
    }

    /// <summary>The organisation's time zone (UK time), also used to show dates to people.</summary>
    public TimeZoneInfo Zone => _zone;

    /// <summary>Hours in Europe/London time, closed on <paramref name="closedDates"/>.</summary>
    public static AdviceLineHours ForUk(IEnumerable<DateOnly>? closedDates = null)
        => new(TimeZoneInfo.FindSystemTimeZoneById(UkTimeZoneId), closedDates);

    public bool IsOpen(DateTimeOffset instant) => Status(instant).IsOpen;

    /// <summary>The earliest instant at or after <paramref name="instant"/> when the line is open: <paramref name="instant"/> itself if open now.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) => Status(instant).NextOpensAt ?? instant;

    public AdviceLineStatus Status(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (IsWorkingDay(date) && time >= Opens && time < Closes)
        {
            return new AdviceLineStatus(true, At(date, Closes), null, instant);
        }

        var next = time < Opens && IsWorkingDay(date) ? date : NextWorkingDay(date);
        return new AdviceLineStatus(false, null, At(next, Opens), instant);
    }

    /// <summary>
    /// "The OH advice line is open now until 4pm (UK time)." or "The OH advice line is closed now; it opens again on Monday at 8am
    /// (UK time)." Days are named relative to <see cref="AdviceLineStatus.At"/>: today, tomorrow, a weekday within the week, or a
    /// weekday and date further ahead.
    /// </summary>
    public string Describe(AdviceLineStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.IsOpen || status.NextOpensAt is not { } opensAt)
        {
            return AdviceLineText.OpenNow;
        }

        var today = LocalDate(status.At);
        var opens = LocalDate(opensAt);
        var days = opens.DayNumber - today.DayNumber;
        var when = days switch
        {
            0 => AdviceLineText.Today,
            1 => AdviceLineText.Tomorrow,
            < 7 => AdviceLineText.On(opens.DayOfWeek.ToString()),
            _ => AdviceLineText.On(opens.ToString("dddd d MMMM", CultureInfo.InvariantCulture)),
        };
        return AdviceLineText.ClosedNow(when);
    }

    /// <summary>A weekday that is not one of the closed dates.</summary>
    public bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_closedDates.Contains(date);

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    private DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    // 8am and 4pm are never in a UK clock change (those happen at 1am and 2am), so the local time is never invalid or ambiguous.
    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
