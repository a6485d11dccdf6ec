using System.Globalization;

namespace CaseBot.Cases.AdviceLine;

/// <summary>The OH advice line keeps UK office hours: 8am to 4pm on weekdays (Europe/London), closed on the given bank holidays.</summary>
public sealed class AdviceLineHours
{
    private static readonly TimeOnly Opens = new(8, 0);
    private static readonly TimeOnly Closes = new(16, 0);
    private readonly TimeZoneInfo _zone;
    private readonly IReadOnlySet<DateOnly> _closedDates;

    public AdviceLineHours(TimeZoneInfo zone, IReadOnlySet<DateOnly>? closedDates = null)
    {
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        _closedDates = closedDates ?? new HashSet<DateOnly>();
    }

    public static AdviceLineHours ForUk(IReadOnlySet<DateOnly>? closedDates = null)
        => new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), closedDates);

    public AdviceLineStatus Status(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(date) && time >= Opens && time < Closes)
        {
            return new AdviceLineStatus(true, At(date, Closes), null);
        }

        var next = time < Opens && IsWorkingDay(date) ? date : NextWorkingDay(date);
        return new AdviceLineStatus(false, null, At(next, Opens));
    }

    /// <summary>"The OH advice line is open now until 4pm (UK time)." or when it next opens, relative to <paramref name="now"/>.</summary>
    public string Describe(AdviceLineStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.IsOpen)
        {
            return "The OH advice line is open now until 4pm (UK time).";
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        var opens = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(status.NextOpensAt!.Value, _zone).DateTime);
        var day = opens == today ? "today"
            : opens == today.AddDays(1) ? "tomorrow"
            : opens.DayNumber - today.DayNumber < 7 ? "on " + opens.ToString("dddd", CultureInfo.GetCultureInfo("en-GB"))
            : "on " + opens.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB"));
        return $"The OH advice line is closed now; it opens again {day} at 8am (UK time). Its hours are 8am to 4pm on weekdays.";
    }

    public bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_closedDates.Contains(date);

    private DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
