namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// A date or time the user gave, resolved in the prompt's time zone (UK time by default).
/// </summary>
/// <param name="Kind">One of the constants: date, time, datetime, daterange, timerange, datetimerange.</param>
/// <param name="Timex">The TIMEX expression from the recogniser (e.g. "2026-12-01T10", "XXXX-12-03T14"); empty for card input.</param>
/// <param name="Start">The moment (midnight for a date), or the start of a range.</param>
/// <param name="End">The end of a range; null otherwise.</param>
public sealed record DateTimeResolution(string Kind, string Timex, DateTimeOffset Start, DateTimeOffset? End)
{
    public const string Date = "date";
    public const string Time = "time";
    public const string DateTime = "datetime";
    public const string DateRange = "daterange";
    public const string TimeRange = "timerange";
    public const string DateTimeRange = "datetimerange";
}
