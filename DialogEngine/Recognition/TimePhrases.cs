using System.Globalization;
using System.Text.RegularExpressions;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Rewrites the ways people in the UK type a day and a time into forms Microsoft.Recognizers.Text reads: "half two" is 2:30,
/// "1430" and "14.30" are 14:30, "Wednesday week" is next Wednesday, "the 15th" is the next 15th, "lunchtime" and "Friday
/// afternoon" are clock times of the working day, misspelt day and month names ("wendesday", "tommorow") are put right.
/// </summary>
internal static partial class TimePhrases
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Others = ["tomorrow", "afternoon", "morning", "lunchtime", "quarter", "fortnight"];

    private static readonly string[] Hours = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.Ordinal)
    {
        ["mon"] = "monday", ["tue"] = "tuesday", ["tues"] = "tuesday", ["wed"] = "wednesday", ["weds"] = "wednesday",
        ["thu"] = "thursday", ["thur"] = "thursday", ["thurs"] = "thursday", ["fri"] = "friday", ["sat"] = "saturday",
        ["sun"] = "sunday", ["tmrw"] = "tomorrow", ["tmw"] = "tomorrow", ["tomoz"] = "tomorrow", ["tommorow"] = "tomorrow",
        ["tommorrow"] = "tomorrow", ["2moro"] = "tomorrow", ["sept"] = "september", ["wk"] = "week",
    };

    /// <summary>The weekday named in <paramref name="normalized"/> text, if exactly one is.</summary>
    public static DayOfWeek? NamedDay(string normalized)
    {
        var named = Days.Select((day, i) => (Day: day, Index: i)).Where(d => Regex.IsMatch(normalized, $@"\b{d.Day}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
        return named.Count == 1 ? (DayOfWeek)((named[0].Index + 1) % 7) : null;
    }

    public static string Normalize(string text, DateOnly today, PreferredHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var result = " " + WordFix().Replace(text.ToLowerInvariant().Replace("@", " at ", StringComparison.Ordinal), m => Fix(m.Value)) + " ";
        result = Punctuation().Replace(result, " ");
        result = RelativeWeeks().Replace(result, m => $" {Date(Relative(m, today))} ");
        result = HalfHour().Replace(result, m => $" {Hour(m.Groups["h"].Value)}:30 ");
        result = HourOfPart().Replace(result, m => $" {m.Groups["h"].Value}{(m.Groups["part"].Value == "morning" ? "am" : "pm")} ");
        result = ThisPart().Replace(result, m => $" today {m.Groups["part"].Value} ");
        result = VaguePart().Replace(result, " ");
        result = DotTime().Replace(result, m => $"{m.Groups["h"].Value}:{m.Groups["m"].Value}{m.Groups["suffix"].Value}");
        result = FourDigitTime().Replace(result, FourDigits);
        result = DayWeek().Replace(result, m => $" next {m.Groups["day"].Value} ");
        // A part of the day is its clock time, unless a time is given too ("3 this afternoon"): then it says nothing more.
        var timed = ClockTime().IsMatch(result);
        result = DayPart().Replace(result, m => timed ? " " : " at " + Clock(PartTime(m.Groups["part"].Value, hours)) + " ");
        result = OrdinalDay().Replace(result, m => OrdinalDate(m, today));
        return Spaces().Replace(AtAt().Replace(result, " at "), " ").Trim();
    }

    private static string Fix(string word)
    {
        if (Shorthand.TryGetValue(word, out var full))
        {
            return full;
        }

        // One typo in a day or month name: "wendesday", "thrusday", "feburary".
        return word.Length >= 5 && Days.Concat(Months).Concat(Others).FirstOrDefault(name => EditDistance.AtMostOne(word, name)) is { } name ? name : word;
    }

    // "1430" is 14:30, but "2027" is a year unless it follows "at".
    private static string FourDigits(Match m)
        => m.Groups["h"].Value is "19" or "20" && !m.Groups["pre"].Value.Contains("at", StringComparison.Ordinal)
            ? m.Value
            : $"{m.Groups["pre"].Value}{m.Groups["h"].Value}:{m.Groups["m"].Value}{m.Groups["post"].Value}";

    private static string Hour(string hour)
        => int.TryParse(hour, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : (Array.IndexOf(Hours, hour) + 1).ToString(CultureInfo.InvariantCulture);

    private static TimeOnly PartTime(string part, PreferredHours hours) => part switch
    {
        "morning" or "first thing" or "start of the day" or "start of day" => hours.Start,
        "lunchtime" or "lunch time" or "lunch" or "midday" or "noon" or "mid day" => PreferredHours.Lunchtime,
        "afternoon" => PreferredHours.Afternoon,
        _ => hours.EndOfDay,
    };

    /// <summary>"a week today" (+7), "a fortnight today", "two weeks today" (+14), "tomorrow week" (+8), "a week tomorrow" (+8).</summary>
    private static DateOnly Relative(Match match, DateOnly today)
    {
        var weeks = match.Groups["fortnight"].Success || match.Groups["two"].Success ? 14 : 7;
        return today.AddDays(weeks + (match.Groups["tomorrow"].Success ? 1 : 0));
    }

    private static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"the 15th" with no month: the next 15th from today (today included), written as a date.</summary>
    private static string OrdinalDate(Match match, DateOnly today)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < 3; i++, month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) >= today)
            {
                return " " + Date(month.AddDays(day - 1)) + " ";
            }
        }

        return match.Value;
    }

    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordFix();

    // "half two", "half past two", "half 2" (British for 2:30); not "half an hour".
    [GeneratedRegex(@"\s(?:half\s+past|half)\s+(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?![:.\d])\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HalfHour();

    // "14.30", "2.30pm", "at 9.15": a time written with a dot; not a date like "14.1.27".
    [GeneratedRegex(@"(?<![\d./])(?<h>[01]?\d|2[0-3])\.(?<m>[0-5]\d)(?<suffix>\s*(?:am|pm|hrs|h)\b)?(?![\d./])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DotTime();

    // "1430", "0930", "at 1000": 24-hour clock without a colon; not a year ("2027") unless after "at".
    [GeneratedRegex(@"(?<pre>\sat\s+|\s)(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)(?<post>\s*(?:hrs|h|hours)?\s)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FourDigitTime();

    // Commas and the like between the parts ("Wednesday week, 3pm", "the 21st, 11am") say nothing.
    [GeneratedRegex(@"[,;!?]|\.(?!\d)|(?<!\d)\.", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s(?:(?:a\s+)?week\s+(?<today>today)|(?<fortnight>a\s+fortnight)\s+today|(?<two>two|2)\s+weeks\s+today|(?<tomorrow>tomorrow)\s+week|a\s+week\s+(?<tomorrow>tomorrow))\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelativeWeeks();

    // "10 in the morning", "3 in the afternoon": the part of the day says am or pm.
    [GeneratedRegex(@"\s(?<h>(?:[1-9]|1[0-2])(?::[0-5]\d)?)\s+(?:in\s+the|this)\s+(?<part>morning|afternoon|evening)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HourOfPart();

    [GeneratedRegex(@"\sthis\s+(?<part>morning|afternoon|lunchtime|evening)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisPart();

    // "after lunch", "before the end of the day", "later": too vague to book, so they count as no time.
    [GeneratedRegex(@"\s(?:(?:after|before|around|sometime|some\s+time)\s+(?:the\s+)?(?:lunch\s?time|lunch|work|morning|afternoon|end of the day|end of day)|later)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VaguePart();

    // A clock time given as digits ("3", "at 14:30", "2pm"), so a part of the day adds nothing.
    [GeneratedRegex(@"\b(?:\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm)|at\s+\d{1,2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClockTime();

    // "wednesday week", "a week on wednesday", "a week wednesday": the Wednesday of next week.
    [GeneratedRegex(@"\s(?:(?<day>monday|tuesday|wednesday|thursday|friday)\s+week|a\s+week\s+(?:on\s+)?(?<day>monday|tuesday|wednesday|thursday|friday))\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayWeek();

    [GeneratedRegex(@"\s(?:(?:in|at|during|around|by|for)\s+)?(?:the\s+)?(?<part>first thing|start of the day|start of day|morning|lunch\s?time|lunch|mid\s?day|noon|afternoon|end of the day|end of day|close of play|cob)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayPart();

    // "the 15th", "on the 3rd", "15th" with no month after it.
    [GeneratedRegex(@"(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*)\s(?:on\s+)?(?:the\s+)?(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"(?:\s+at){2,}\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtAt();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
