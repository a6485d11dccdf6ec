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
        + "You can also type 'back' or 'change' to change your previous answer, 'restart' to start again or 'cancel' to stop.";

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

    /// <summary>
    /// Correcting the answer just given (after "Noted: ..."): the same as 'back'. Matched without punctuation or apostrophes, so
    /// "No, that's wrong!" is "no thats wrong".
    /// </summary>
    public static IReadOnlyList<string> ChangeWords { get; } =
    [
        "change", "change it", "change that", "change my answer", "wrong", "that's wrong", "no that's wrong", "that is wrong",
        "that's not right", "that isn't right", "not right", "not what i meant", "that's not what i meant", "that isn't what i meant",
        "no that's not what i meant", "i didn't mean that", "undo",
    ];

    public static IReadOnlyList<string> RestartWords { get; } = ["restart", "start again", "start over"];

    public static string TextTooLong(int maxLength)
        => string.Create(CultureInfo.InvariantCulture, $"Please keep your answer under {maxLength + 1} characters.");

    public static string NoSuchOption(int number)
        => string.Create(CultureInfo.InvariantCulture, $"There is no option {number}. Reply with the numbers or names of these:");

    public static string NoSuchChoice(int number)
        => string.Create(CultureInfo.InvariantCulture, $"There is no option {number}. Reply with the number or the name of one of these:");

    /// <summary>
    /// An answer that may mean one of these options (never quoting the answer: it may hold names or health details). The titles end
    /// with the list's "something else" option, if it has one, so that a wrong guess costs one turn.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> titles) => $"Sorry, I'm not sure which you mean. Did you mean {Either(titles)}?";

    /// <summary><see cref="DidYouMean"/> on a list where several may apply, and with <paramref name="orNone"/> where none may.</summary>
    public static string DidYouMeanAny(IReadOnlyList<string> titles, bool orNone = false)
        => $"Sorry, I'm not sure which you mean. Did you mean {Either(titles)}{(orNone ? ", or none of these" : string.Empty)}? "
            + "Reply with the numbers or names of all that apply:";

    /// <summary>
    /// Nothing in a typed list answer was recognised, where the list has a "something else" option (<paramref name="somethingElse"/>)
    /// or "none" is an answer (<paramref name="orNone"/>).
    /// </summary>
    public static string NotRecognisedAny(string? somethingElse, bool orNone)
    {
        var ways = new List<string> { "their numbers or names, e.g. '1, 3 and 5'" };
        if (somethingElse is not null)
        {
            ways.Add(somethingElse);
        }

        if (orNone)
        {
            ways.Add("'none' if none apply");
        }

        return $"Sorry, I didn't recognise those options. Reply with {string.Join(", or ", ways)}:";
    }

    /// <summary>
    /// Implicit confirmation of a typed answer, in the options' own (short) titles: "Noted: 6. stuck or delayed, and 10. risk of
    /// litigation." Never the user's own words.
    /// </summary>
    public static string Noted(IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        return titles.Count switch
        {
            0 => $"Noted: {NoneOfThem}.",
            1 => $"Noted: {titles[0]}.",
            _ => $"Noted: {string.Join(", ", titles.Take(titles.Count - 1))}, and {titles[^1]}.",
        };
    }

    /// <summary>How <see cref="Noted"/> says that none of the options applies.</summary>
    public const string NoneOfThem = "none of them";

    /// <summary>A typed date and time as <see cref="Noted"/> says it: "Tue 8 Dec 14:30" (the zone's local time).</summary>
    public static string NotedTime(DateTimeOffset start, bool withTime)
        => start.ToString(withTime ? "ddd d MMM HH:mm" : "ddd d MMM", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A typed length of time as <see cref="Noted"/> says it: "45 minutes", "2 hours", "1 hour 30 minutes".</summary>
    public static string NotedDuration(TimeSpan duration)
    {
        var hours = (int)duration.TotalHours;
        var minutes = duration.Minutes;
        var h = hours == 1 ? "1 hour" : string.Create(CultureInfo.InvariantCulture, $"{hours} hours");
        var m = minutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes");
        return hours == 0 ? m : minutes == 0 ? h : $"{h} {m}";
    }

    /// <summary>After a second answer not understood: each option with an example in everyday words (<see cref="Prompts.Choice.Example"/>).</summary>
    public static string Examples(IReadOnlyList<Prompts.Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var lines = choices.Select((c, i) => (Label: c.NotedTitle.Length > 0 && char.IsDigit(c.NotedTitle[0])
                ? c.NotedTitle
                : string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c.NotedTitle}"), c.Example))
            .Select(l => l.Example is null ? l.Label : $"{l.Label}: {l.Example}");
        return "Here is what each one covers, with an example:\n\n" + string.Join("\n", lines);
    }

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
