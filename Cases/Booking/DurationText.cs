using System.Globalization;

namespace CaseBot.Cases.Booking;

/// <summary>Durations in words, as the invite states them: "1 hour 30 minutes", "45 minutes", "2 hours".</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        var totalMinutes = (int)Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero);
        var hours = totalMinutes / 60;
        var minutes = totalMinutes % 60;
        var parts = new List<string>(2);
        if (hours > 0)
        {
            parts.Add(Unit(hours, "hour"));
        }

        if (minutes > 0 || hours == 0)
        {
            parts.Add(Unit(minutes, "minute"));
        }

        return string.Join(' ', parts);
    }

    private static string Unit(int count, string unit)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
}
