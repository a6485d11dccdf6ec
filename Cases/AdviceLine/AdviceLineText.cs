namespace CaseBot.Cases.AdviceLine;

/// <summary>The plain words about the OH advice line. The phone number and email come from configuration (<see cref="AdviceLineContact"/>).</summary>
public static class AdviceLineText
{
    public const string Hours = "8am to 4pm on weekdays (UK time)";
    public const string OpenNow = "The OH advice line is open now until 4pm (UK time).";
    public const string Today = "today";
    public const string Tomorrow = "tomorrow";

    /// <summary>"on Monday", "on Monday 7 December".</summary>
    public static string On(string day) => $"on {day}";

    /// <summary>"The OH advice line is closed now; it opens again on Monday at 8am (UK time)."</summary>
    public static string ClosedNow(string when) => $"The OH advice line is closed now; it opens again {when} at 8am (UK time).";
}
