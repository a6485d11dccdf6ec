using System.Globalization;

namespace CaseBot.Cases.AdviceLine;

/// <summary>
/// The OH advice line's hours: <see cref="Opens"/> to <see cref="Closes"/> on weekdays (8am to 4pm unless configured otherwise), in
/// UK time (Europe/London, so BST and GMT are both handled), closed on the given bank holidays. Every sentence that states the hours
/// is built from here (<see cref="Summary"/>, <see cref="Times"/>, <see cref="Describe"/>), so the words follow the configuration.
/// Pure: the instant is always a parameter, never read from a clock.
/// </summary>
public sealed class AdviceLineHours
{
    public const string UkTimeZoneId = "Europe/London";

    private static readonly TimeOnly ClockChangeStarts = new(1, 0);
    private static readonly TimeOnly ClockChangeEnds = new(2, 0);
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DateOnly> _closedDates;

    /// <param name="zone">The UK time zone (see <see cref="ForUk"/>); another zone only for tests.</param>
    /// <param name="opens">Local time the line opens on a working day.</param>
    /// <param name="closes">Local time it closes; after <paramref name="opens"/>.</param>
    /// <param name="closedDates">UK dates the line is closed although a weekday, e.g. bank holidays.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="opens"/> is not before <paramref name="closes"/>, or either is in <see cref="IsInUkClockChange"/>.</exception>
    public AdviceLineHours(TimeZoneInfo zone, TimeOnly opens, TimeOnly closes, IEnumerable<DateOnly>? closedDates = null)
    {
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(opens, closes);
        if (IsInUkClockChange(opens) || IsInUkClockChange(closes))
        {
            throw new ArgumentOutOfRangeException(IsInUkClockChange(opens) ? nameof(opens) : nameof(closes), "The UK's clocks skip or repeat the hour from 1am.");
        }

        Opens = opens;
        Closes = closes;
        _closedDates = [.. closedDates ?? []];
    }

    public static TimeOnly DefaultOpens { get; } = new(8, 0);

    public static TimeOnly DefaultCloses { get; } = new(16, 0);

    /// <summary>The organisation's time zone (UK time), also used to show dates to people.</summary>
    public TimeZoneInfo Zone => _zone;

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    /// <summary>"8am to 4pm", for sentences that say the days their own way.</summary>
    public string Times => AdviceLineText.Times(Opens, Closes);

    /// <summary>"8am to 4pm on weekdays (UK time)".</summary>
    public string Summary => AdviceLineText.Hours(Opens, Closes);

    /// <summary>8am to 4pm Europe/London time, closed on <paramref name="closedDates"/>.</summary>
    public static AdviceLineHours ForUk(IEnumerable<DateOnly>? closedDates = null)
        => new(TimeZoneInfo.FindSystemTimeZoneById(UkTimeZoneId), DefaultOpens, DefaultCloses, closedDates);

    /// <summary>
    /// A local time the UK's clock changes skip or repeat: they go forward at 1am (to 2am) in March and back at 2am (to 1am) in October,
    /// so the times from 1am to before 2am happen not at all on one day and twice on another. The line can neither open nor close then.
    /// </summary>
    public static bool IsInUkClockChange(TimeOnly time) => time >= ClockChangeStarts && time < ClockChangeEnds;

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
    /// (UK time).", with the configured times. Days are named relative to <see cref="AdviceLineStatus.At"/>: today, tomorrow, a weekday within the week, or a
    /// weekday and date further ahead.
    /// </summary>
    public string Describe(AdviceLineStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.IsOpen || status.NextOpensAt is not { } opensAt)
        {
            return AdviceLineText.OpenNow(Closes);
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
        return AdviceLineText.ClosedNow(when, Opens);
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

    // The constructor refuses opening and closing times in the hour the UK's clock changes skip or repeat (IsInUkClockChange), so the
    // local time here is never invalid or ambiguous, and comparing local times in Status never sees the line close and reopen.
    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
