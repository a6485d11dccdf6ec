using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Recognizers.Text.DateTime;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Reads a length of time. Compact forms the recogniser gets wrong are read first ("1h30" is a clock time to it, "1h 30m" a
/// nonsense duration): "1h30", "1h 30m", "1.5h", "90m", "1:30", ISO "PT90M". Everything else ("90 minutes", "1.5 hours",
/// "an hour and a half") goes to Microsoft.Recognizers.Text.DateTime.
/// </summary>
internal static partial class DurationParser
{
    public static TimeSpan? Parse(string? text, string culture)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        return ParseCompact(normalized) ?? ParseIso(normalized) ?? Recognize(normalized, culture);
    }

    /// <summary>True for a bare number ("90"), which needs a unit before it means anything.</summary>
    public static bool IsBareNumber(string? text)
        => double.TryParse(TextNormalizer.Normalize(text), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static TimeSpan? ParseCompact(string text)
    {
        var hours = HoursMinutes().Match(text);
        if (hours.Success)
        {
            var h = double.Parse(hours.Groups["h"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            var m = hours.Groups["m"].Success ? int.Parse(hours.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            return TimeSpan.FromHours(h) + TimeSpan.FromMinutes(m);
        }

        var minutes = MinutesOnly().Match(text);
        if (minutes.Success)
        {
            return TimeSpan.FromMinutes(int.Parse(minutes.Groups["m"].Value, CultureInfo.InvariantCulture));
        }

        var clock = ClockStyle().Match(text);
        return clock.Success
            ? new TimeSpan(int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture), 0)
            : null;
    }

    private static TimeSpan? ParseIso(string text)
    {
        if (!text.StartsWith('p'))
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(text.ToUpperInvariant());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static TimeSpan? Recognize(string text, string culture)
    {
        var durations = DateTimeRecognizer.RecognizeDateTime(text, culture)
            .Where(r => r.TypeName == "datetimeV2.duration")
            .SelectMany(DateTimeResolver.Values)
            .Select(v => v.TryGetValue("value", out var seconds) ? seconds : null)
            .OfType<string>()
            .ToList();
        return durations.Count > 0 && double.TryParse(durations[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var total)
            ? TimeSpan.FromSeconds(total)
            : null;
    }

    [GeneratedRegex(
        @"^(?<h>\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours)\s*(?:(?<m>\d{1,2})\s*(?:m|min|mins|minute|minutes)?)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex HoursMinutes();

    [GeneratedRegex(@"^(?<m>\d+)\s*(?:m|min|mins)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MinutesOnly();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>[0-5]\d)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClockStyle();
}
