using System.Globalization;
using System.Text.RegularExpressions;
using CaseBot.DialogEngine.Prompts;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Resolves dates and times in text with Microsoft.Recognizers.Text.DateTime, after <see cref="TimePhrases"/> has put British ways
/// of typing them into forms it reads, relative to "now" in the given time zone; returns them as offsets in that zone. A date and
/// a time typed apart ("1430 on Thursday") make one moment. Where the text leaves something open, people book forwards and in
/// working hours: the reading not in the past wins, then the one inside <see cref="PreferredHours"/> ("at 3" is 15:00), and a
/// weekday on its own is the next one that is not today ("Monday" on a Monday is a week away).
/// </summary>
internal sealed partial class DateTimeResolver(TimeProvider timeProvider, TimeZoneInfo timeZone, string culture, PreferredHours? hours = null)
{
    private const string Prefix = "datetimeV2.";
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "HH:mm:ss"];
    private readonly PreferredHours _hours = hours ?? PreferredHours.WorkingDay;

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeZone).DateTime;

    public IReadOnlyList<DateTimeResolution> Resolve(string text) => Resolve(text, out _);

    /// <summary>
    /// The dates and times in <paramref name="text"/>; none, with <paramref name="problem"/> saying why, when the text contradicts
    /// itself: two different days ("Tuesday or Wednesday at 2"), or a weekday that is not the date's ("Tuesday the 10th").
    /// </summary>
    public IReadOnlyList<DateTimeResolution> Resolve(string text, out string? problem)
    {
        var now = LocalNow;
        var normalized = TimePhrases.Normalize(text, DateOnly.FromDateTime(now), _hours);
        var found = DateTimeRecognizer.RecognizeDateTime(normalized, culture, DateTimeOptions.None, now)
            .Select(r => Read(r, now)).OfType<Found>().ToList();
        var days = found.Where(f => f.Kind is DateTimeResolution.Date or DateTimeResolution.DateTime).ToList();
        List<DateTimeResolution> resolved = [.. Combine(found).Select(f => Choose(f, now)).OfType<DateTimeResolution>()];
        problem = days.Count > 1 && days.Select(d => Choose(d, now)?.Start.Date).Distinct().Count() > 1 ? EngineText.TwoDays
            : resolved.Count > 0 && resolved[0].Kind is not (DateTimeResolution.Time or DateTimeResolution.TimeRange)
                && TimePhrases.NamedDay(normalized) is { } named && resolved[0].Start.DayOfWeek != named
                ? EngineText.NotThatWeekday(resolved[0].Start.DateTime, named)
            : null;
        return problem is null ? resolved : [];
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

    /// <summary>A date found without a time and a time found without a date ("Thursday", "2pm") become one date and time.</summary>
    private static IEnumerable<Found> Combine(List<Found> found)
    {
        if (found.Any(f => f.Kind is DateTimeResolution.DateTime or DateTimeResolution.DateTimeRange))
        {
            return found.Where(f => f.Kind is DateTimeResolution.DateTime or DateTimeResolution.DateTimeRange);
        }

        var date = found.FirstOrDefault(f => f.Kind == DateTimeResolution.Date);
        var time = found.FirstOrDefault(f => f.Kind is DateTimeResolution.Time or DateTimeResolution.TimeRange);
        if (date is null || time is null)
        {
            return found;
        }

        var readings = date.Readings.SelectMany(d => time.Readings.Select(t => new Reading(d.Start.Date + t.Start.TimeOfDay, null))).ToList();
        return [new Found(DateTimeResolution.DateTime, date.Timex + time.Timex, readings), .. found.Where(f => f != date && f != time)];
    }

    private Found? Read(ModelResult result, DateTime now)
    {
        var kind = result.TypeName.StartsWith(Prefix, StringComparison.Ordinal) ? result.TypeName[Prefix.Length..] : result.TypeName;
        if (kind is not (DateTimeResolution.Date or DateTimeResolution.Time or DateTimeResolution.DateTime
            or DateTimeResolution.DateRange or DateTimeResolution.TimeRange or DateTimeResolution.DateTimeRange))
        {
            return null;
        }

        var timex = Values(result).Select(v => v.TryGetValue("timex", out var t) ? t : null).OfType<string>().FirstOrDefault() ?? string.Empty;
        var readings = Values(result).Select(v => ToReading(v, now)).OfType<Reading>().ToList();
        if (BareWeekday().IsMatch(timex))
        {
            // The recogniser offers this week's and last week's; a weekday on its own is the next one after today.
            var today = DateOnly.FromDateTime(now);
            readings = [.. readings.Select(r => r with { Start = NextAfter(today, r.Start.DayOfWeek).ToDateTime(TimeOnly.FromDateTime(r.Start)) }).Distinct()];
        }

        return readings.Count > 0 ? new Found(kind, timex, readings) : null;
    }

    private DateTimeResolution? Choose(Found found, DateTime now)
    {
        var isDate = found.Kind is DateTimeResolution.Date or DateTimeResolution.DateRange;
        var chosen = found.Readings
            .OrderBy(r => isDate ? (r.End ?? r.Start).Date < now.Date : (r.End ?? r.Start) <= now)
            .ThenBy(r => isDate || _hours.Contains(TimeOnly.FromDateTime(r.Start)) ? 0 : 1)
            .ThenBy(r => r.Start)
            .FirstOrDefault();
        return chosen is null ? null : new DateTimeResolution(found.Kind, found.Timex, ToZoned(chosen.Start), chosen.End is { } end ? ToZoned(end) : null);
    }

    private static Reading? ToReading(IReadOnlyDictionary<string, string> value, DateTime now)
    {
        if (value.TryGetValue("value", out var single))
        {
            return ParseLocal(single, now) is { } start ? new Reading(start, null) : null;
        }

        return value.TryGetValue("start", out var from) && ParseLocal(from, now) is { } rangeStart
            ? new Reading(rangeStart, value.TryGetValue("end", out var to) ? ParseLocal(to, now) : null)
            : null;
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

    private static DateOnly NextAfter(DateOnly today, DayOfWeek day)
        => today.AddDays(((int)day - (int)today.DayOfWeek + 6) % 7 + 1);

    [GeneratedRegex(@"^XXXX-WXX-\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareWeekday();

    /// <summary>One reading of what was typed: a moment, or a range.</summary>
    private sealed record Reading(DateTime Start, DateTime? End);

    /// <summary>A date, time or range the recogniser found, with its readings (its TIMEX kept for the record).</summary>
    private sealed record Found(string Kind, string Timex, IReadOnlyList<Reading> Readings);
}
