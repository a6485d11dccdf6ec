using System.Globalization;

namespace CaseBot.DialogEngine;

/// <summary>
/// Every user-facing string of the dialog engine, and the words it understands, in one place (tests assert against these too).
/// British English.
/// </summary>
public static class EngineText
{
    public const string GenericHelp =
        "I'm asking you the question above. Answer it in your own words or pick one of the options. "
        + "You can also type 'back' to change your previous answer, 'restart' to start again or 'cancel' to stop.";

    public const string CancelConfirm = "Do you want to cancel? Nothing more will be saved.";
    public const string CancelConfirmHelp = "Answer 'yes' to stop here, or 'no' to carry on where you were.";
    public const string Cancelled = "Cancelled; nothing more was saved.";
    public const string CancelDeclined = "OK, let's carry on.";
    public const string Restarting = "OK, let's start again from the beginning.";
    public const string StartingAgainAfterUpdate =
        "Sorry, I've been updated since your last answer and can't carry on from where we were, so let's start this again from the beginning.";
    public const string NothingToGoBackTo = "This is the first question, so there is nothing to go back to.";
    public const string StaleCard = "That card belongs to an earlier question. Please answer the current one.";

    public const string HelpOfferChoices = "Type 'cancel' to stop or answer one of the options.";
    public const string HelpOfferFreeText = "Type 'cancel' to stop or try answering again.";

    public const string RetryText = "Please type an answer.";
    public const string RetryChoice = "Sorry, I didn't recognise that option. Reply with the number or the name of one of these:";
    public const string RetryConfirm = "Please answer yes or no.";
    public const string RetryMultiSelect = "Sorry, I didn't recognise those options. Reply with their numbers or names, e.g. '1, 3 and 5':";
    public const string RetryMultiSelectNone = "Please choose at least one option:";
    public const string RetryDateTime =
        "Sorry, I couldn't read a date or time from that. Try something like '3/12 at 2pm' or 'next Tuesday at 10am'.";
    public const string RetryDuration = "Sorry, I couldn't read a length of time from that. Try something like '90 minutes' or '1h30'.";
    public const string RetryPerson = "Pick the person in the box, or type their work email address, like name@example.org.";
    public const string RetryDurationUnit = "Please add a unit, e.g. '90 minutes' or '2 hours'.";

    public const string MultiSelectHint = "You can choose more than one, e.g. '1, 3'.";
    public const string MultiSelectNoneHint = "Reply 'none' if none apply.";
    public const string ConfirmYes = "Yes";
    public const string ConfirmNo = "No";

    /// <summary>Whole-message commands that interrupt any guided dialog (matched trimmed and case-insensitively).</summary>
    public static IReadOnlyList<string> HelpWords { get; } = ["help"];

    public static IReadOnlyList<string> CancelWords { get; } = ["cancel"];

    public static IReadOnlyList<string> BackWords { get; } = ["back", "go back"];

    public static IReadOnlyList<string> RestartWords { get; } = ["restart", "start again", "start over"];

    public static string TextTooLong(int maxLength)
        => string.Create(CultureInfo.InvariantCulture, $"Please keep your answer under {maxLength + 1} characters.");

    public static string NoSuchOption(int number)
        => string.Create(CultureInfo.InvariantCulture, $"There is no option {number}. Reply with the numbers or names of these:");

    public static string NoSuchChoice(int number)
        => string.Create(CultureInfo.InvariantCulture, $"There is no option {number}. Reply with the number or the name of one of these:");

    /// <summary>An answer that may mean one of these options (never quoting the answer: it may hold names or health details).</summary>
    public static string DidYouMean(IReadOnlyList<string> titles) => $"Sorry, I'm not sure which you mean. Did you mean {Either(titles)}?";

    /// <summary><see cref="DidYouMean"/> on a list where several may apply.</summary>
    public static string DidYouMeanAny(IReadOnlyList<string> titles)
        => $"Sorry, I'm not sure which you mean. Did you mean {Either(titles)}? Reply with the numbers or names of all that apply:";

    /// <summary>Two or more options named where one is wanted.</summary>
    public static string OnlyOne(IReadOnlyList<string> titles) => $"Please choose just one: {Either(titles)}?";

    /// <summary>Some options understood, others only perhaps meant.</summary>
    public static string AlsoMean(IReadOnlyList<string> understood, IReadOnlyList<string> perhaps)
        => $"I have {Both(understood)}. Did you also mean {Either(perhaps)}? Reply with the numbers or names of all that apply:";

    public const string TwoDays = "That names more than one day. Please give one day and a start time.";

    /// <summary>A weekday typed with a date that falls on another day.</summary>
    public static string NotThatWeekday(DateTime date, DayOfWeek named)
        => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{date:d MMMM} is a {date:dddd}, not a {named}. Please check the day and give it again.");

    public const string WhichOfAll = "Do they really all apply? Reply with the numbers or names of the ones that do, e.g. '1, 4, 6':";

    /// <summary>"None" and some options in one answer.</summary>
    public static string NoneAndSome(IReadOnlyList<string> titles)
        => $"You said none, and also {Both(titles)}. Which is it? Reply 'none', or the numbers or names of all that apply:";

    /// <summary>"I don't know": the question explained, then asked again.</summary>
    public static string NotSure(string? help) => $"Let me explain. {help ?? GenericHelp}";

    private static string Either(IReadOnlyList<string> titles) => Join(titles, "or");

    private static string Both(IReadOnlyList<string> titles) => Join(titles, "and");

    private static string Join(IReadOnlyList<string> titles, string last)
    {
        var quoted = titles.Select(t => t.Length > 0 && char.IsDigit(t[0]) ? t : $"'{t}'").ToList();
        return quoted.Count <= 1 ? string.Concat(quoted) : $"{string.Join(", ", quoted[..^1])} {last} {quoted[^1]}";
    }
}
