using System.Globalization;

namespace CaseBot.Cases.AdviceLine;

/// <summary>
/// The plain words about the OH advice line. The hours in them come from <see cref="AdviceLineHours"/> (configuration), the phone
/// number and email from <see cref="AdviceLineContact"/>; none is written here.
/// </summary>
public static class AdviceLineText
{
    public const string Today = "today";
    public const string Tomorrow = "tomorrow";

    /// <summary>"8am", "4pm", "9:30am", "12:15pm": how people in the UK write a time of day.</summary>
    public static string Time(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $":{time.Minute:00}");
        return string.Create(CultureInfo.InvariantCulture, $"{hour}{minutes}{(time.Hour < 12 ? "am" : "pm")}");
    }

    /// <summary>"8am to 4pm".</summary>
    public static string Times(TimeOnly opens, TimeOnly closes) => $"{Time(opens)} to {Time(closes)}";

    /// <summary>"8am to 4pm on weekdays (UK time)".</summary>
    public static string Hours(TimeOnly opens, TimeOnly closes) => $"{Times(opens, closes)} on weekdays (UK time)";

    /// <summary>"The OH advice line is open now until 4pm (UK time)."</summary>
    public static string OpenNow(TimeOnly closes) => $"The OH advice line is open now until {Time(closes)} (UK time).";

    /// <summary>"on Monday", "on Monday 7 December".</summary>
    public static string On(string day) => $"on {day}";

    /// <summary>"The OH advice line is closed now; it opens again on Monday at 8am (UK time)."</summary>
    public static string ClosedNow(string when, TimeOnly opens) => $"The OH advice line is closed now; it opens again {when} at {Time(opens)} (UK time).";
}
