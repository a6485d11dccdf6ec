using System.Globalization;
using CaseBot.Dialogs.Engine.Prompts;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace CaseBot.Dialogs.Engine.Recognition;

/// <summary>
/// Resolves dates and times in text with Microsoft.Recognizers.Text.DateTime, relative to "now" in the given time zone, and
/// returns them as offsets in that zone. Where the text leaves the year or day open ("3/12", "Friday 3pm") the recogniser
/// offers a past and a future reading; the first one not in the past wins, as people book forwards.
/// </summary>
internal sealed class DateTimeResolver(TimeProvider timeProvider, TimeZoneInfo timeZone, string culture)
{
    private const string Prefix = "datetimeV2.";
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "HH:mm:ss"];

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeZone).DateTime;

    public IReadOnlyList<DateTimeResolution> Resolve(string text)
    {
        var now = LocalNow;
        var resolutions = new List<DateTimeResolution>();
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, now))
        {
            var kind = result.TypeName.StartsWith(Prefix, StringComparison.Ordinal) ? result.TypeName[Prefix.Length..] : result.TypeName;
            if (kind is not (DateTimeResolution.Date or DateTimeResolution.Time or DateTimeResolution.DateTime
                or DateTimeResolution.DateRange or DateTimeResolution.TimeRange or DateTimeResolution.DateTimeRange))
            {
                continue;
            }

            var candidates = Values(result).Select(v => ToResolution(kind, v, now)).OfType<DateTimeResolution>().ToList();
            var chosen = candidates.FirstOrDefault(c => !IsPast(c, now)) ?? candidates.LastOrDefault();
            if (chosen is not null)
            {
                resolutions.Add(chosen);
            }
        }

        return resolutions;
    }

    /// <summary>A wall-clock time in the zone as an offset; a time skipped by the clocks going forward moves on an hour.</summary>
    public DateTimeOffset ToZoned(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, timeZone.GetUtcOffset(local));
    }

    internal static IEnumerable<IReadOnlyDictionary<string, string>> Values(ModelResult result)
        => result.Resolution is { } resolution && resolution.TryGetValue("values", out var values) && values is System.Collections.IEnumerable list
            ? list.OfType<IReadOnlyDictionary<string, string>>()
            : [];

    private DateTimeResolution? ToResolution(string kind, IReadOnlyDictionary<string, string> value, DateTime now)
    {
        value.TryGetValue("timex", out var timex);
        timex ??= string.Empty;
        if (value.TryGetValue("value", out var single))
        {
            return ParseLocal(single, now) is { } start ? new DateTimeResolution(kind, timex, ToZoned(start), null) : null;
        }

        if (value.TryGetValue("start", out var from) && ParseLocal(from, now) is { } rangeStart)
        {
            var end = value.TryGetValue("end", out var to) && ParseLocal(to, now) is { } rangeEnd ? ToZoned(rangeEnd) : (DateTimeOffset?)null;
            return new DateTimeResolution(kind, timex, ToZoned(rangeStart), end);
        }

        return null;
    }

    private static DateTime? ParseLocal(string text, DateTime now)
    {
        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.NoCurrentDateDefault, out var parsed))
        {
            return null;
        }

        // A bare time comes back on 0001-01-01: put it on today's date.
        return parsed.Date == DateTime.MinValue.Date ? now.Date + parsed.TimeOfDay : parsed;
    }

    private static bool IsPast(DateTimeResolution resolution, DateTime now)
    {
        var last = (resolution.End ?? resolution.Start).DateTime;
        return resolution.Kind is DateTimeResolution.Date or DateTimeResolution.DateRange ? last.Date < now.Date : last < now;
    }
}
