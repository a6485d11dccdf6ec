using System.Text.RegularExpressions;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// Commands asked for in a person's own words, when the message does not start with the command itself: "could you start a new
/// case", "what's happening with HR-77", "show me my tasks", "book the meeting for HR-77". A case reference is any word with a
/// digit in it that could be one ("HR-2026-0142"); the rest is read by the same recogniser as every prompt's options. Admin
/// commands (audit, export) and "post here" are left to their exact words.
/// </summary>
internal static partial class CommandPhrases
{
    private static readonly ChoiceReader Commands = new(
    [
        new(BotCommand.NewCase, BotCommand.NewCase, ["start a new case", "open a case", "open a new case", "new critical case", "start triage", "triage a case", "triage", "new referral", "raise a case", "create a case", "start a case", "log a case", "is this case critical", "check a case"]),
        new(BotCommand.MyActions, BotCommand.MyActions, ["my tasks", "my to do list", "my todo", "what do i need to do", "what have i got to do", "what's on my list", "outstanding actions", "open actions", "show my actions", "my jobs", "actions for me"]),
        new(BotCommand.Status, BotCommand.Status, ["where is", "where are we with", "what's happening with", "progress of", "update on", "look up", "lookup", "find case", "check on", "status of", "how is the case", "case status"]),
        new(BotCommand.Plan, BotCommand.Plan, ["book a meeting", "book the meeting", "arrange a meeting", "arrange the meeting", "organise a meeting", "organise the meeting", "schedule a meeting", "schedule the meeting", "plan the meeting", "set up a meeting"]),
        new(BotCommand.Reschedule, BotCommand.Reschedule, ["move the meeting", "change the meeting time", "change the time", "rearrange the meeting", "postpone the meeting", "new time for the meeting", "rebook the meeting"]),
        new(BotCommand.CancelMeeting, BotCommand.CancelMeeting, ["cancel the meeting", "call off the meeting", "cancel the case meeting"]),
        new(BotCommand.Record, BotCommand.Record, ["record the meeting", "record the outcome", "record decisions", "write up the meeting", "meeting minutes", "minutes", "record the actions"]),
        new(BotCommand.Help, BotCommand.Help, ["what can you do", "what do you do", "commands", "menu", "how does this work", "how do i use this", "instructions"]),
    ]);

    /// <summary>The command the message asks for, with any case reference in it as the argument; null when it names none for sure.</summary>
    public static BotCommand? Read(string text, out IReadOnlyList<string> perhaps)
    {
        var references = Reference().Matches(text).Select(m => m.Value).Where(v => v.Any(char.IsDigit)).ToList();
        var words = Reference().Replace(text, m => m.Value.Any(char.IsDigit) ? " " : m.Value);
        var reading = Commands.Read(words);
        perhaps = reading.Possible;
        return reading is { Chosen.Count: 1, IsClear: true }
            ? new BotCommand(reading.Chosen[0], references.FirstOrDefault() ?? string.Empty)
            : null;
    }

    [GeneratedRegex(@"(?<![\w./-])[A-Za-z0-9][A-Za-z0-9._/-]{2,39}(?<![.])(?![\w/-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reference();
}
