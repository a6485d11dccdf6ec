using System.Globalization;

namespace CaseBot.Cards.Booking;

/// <summary>Meeting times as people in the UK read them: "Tue 1 Dec 2026, 10:00 to 11:30 (UK time)".</summary>
public static class MeetingTimes
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Span(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = TimeZoneInfo.ConvertTime(start, zone);
        var to = TimeZoneInfo.ConvertTime(end, zone);
        return $"{from.ToString("ddd d MMM yyyy, HH:mm", EnGb)} to {to.ToString("HH:mm", EnGb)} (UK time)";
    }

    /// <summary>Short, for a button: "Tue 1 Dec 10:00".</summary>
    public static string Short(DateTimeOffset start, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(start, zone).ToString("ddd d MMM HH:mm", EnGb);
    }
}
