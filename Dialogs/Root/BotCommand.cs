namespace CaseBot.Dialogs.Root;

/// <summary>A command typed to CaseBot: its canonical name and whatever follows it (e.g. the case reference after "status").</summary>
public sealed record BotCommand(string? Name, string Argument)
{
    public const string Help = "help";
    public const string NewCase = "new case";
    public const string Status = "status";
    public const string MyActions = "my actions";
    public const string Audit = "audit";
    public const string Export = "export";
    public const string Plan = "plan";
    public const string Reschedule = "reschedule";
    public const string CancelMeeting = "cancel meeting";
    public const string Record = "record";
    public const string PostHere = "post here";
    public const string Close = "close";
    public const string Reopen = "reopen";

    private static readonly string[] Known = [NewCase, MyActions, Status, Audit, Export, Plan, Reschedule, CancelMeeting, Record, PostHere, Close, Reopen, Help];

    /// <summary>Reads a command from message text; Teams prefixes channel messages with the bot's mention, which is dropped.</summary>
    public static BotCommand Parse(string? text)
    {
        var cleaned = StripMention(text ?? string.Empty).Trim();
        var normalised = string.Join(' ', cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var name in Known)
        {
            if (normalised.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return new BotCommand(name, string.Empty);
            }

            if (normalised.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
            {
                return new BotCommand(name, normalised[(name.Length + 1)..].Trim());
            }
        }

        return new BotCommand(null, normalised);
    }

    private static string StripMention(string text)
    {
        var start = text.IndexOf("<at>", StringComparison.OrdinalIgnoreCase);
        var end = text.IndexOf("</at>", StringComparison.OrdinalIgnoreCase);
        return start >= 0 && end > start ? text.Remove(start, end - start + "</at>".Length) : text;
    }
}
