using System.Globalization;
using CaseBot.Cases.Actions;

namespace CaseBot.Cards.Meetings;

/// <summary>Dates and times as the attendees' cards write them: en-GB, in the organisation's time zone, with the zone named.</summary>
public static class CardDates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"10 Jul 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", EnGb);

    /// <summary>"Monday 1 June 2026", the local date of <paramref name="at"/>.</summary>
    public static string LongDay(DateTimeOffset at, TimeZoneInfo zone) => Local(at, zone).ToString("dddd d MMMM yyyy", EnGb);

    /// <summary>"1 Jun 2026 10:30".</summary>
    public static string DayAndTime(DateTimeOffset at, TimeZoneInfo zone) => Local(at, zone).ToString("d MMM yyyy HH:mm", EnGb);

    /// <summary>"10:00 to 11:30 (UK time)".</summary>
    public static string TimeRange(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
        => $"{Local(start, zone).ToString("HH:mm", EnGb)} to {Local(end, zone).ToString("HH:mm", EnGb)} ({ZoneName(zone)})";

    /// <summary>The local date of <paramref name="now"/>: the "today" that decides whether an action is overdue.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => ActionDays.Today(now, zone);

    /// <summary>"UK time" for Europe/London (BST and GMT alike), else the zone's own name.</summary>
    public static string ZoneName(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id is "Europe/London" or "GMT Standard Time" ? "UK time" : zone.StandardName;
    }

    private static DateTime Local(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(at, zone).DateTime;
    }
}
