namespace CaseBot.Dialogs.Root;

/// <summary>What CaseBot says outside a guided conversation: welcome, help and unknown commands. Tests use the same strings.</summary>
public static class RootText
{
    public const string Welcome =
        "Hello, I'm **CaseBot**. I help managers, OH and EPS handle *critical* occupational-health cases: I check whether a case " +
        "is critical, recommend a Case Management Meeting or a Case Conference and who leads it, book the meeting, and keep " +
        "everyone's actions on track. I hold case details such as stages, dates, roles and actions, never medical records: " +
        "please don't type names or medical details.";

    public const string Commands =
        "You can say:\n\n" +
        "- **new case**: start a critical-case triage\n" +
        "- **plan**, **reschedule** or **cancel meeting** *reference*: the lead's meeting commands\n" +
        "- **record** *reference*: record a held meeting's decisions and actions\n" +
        "- **close** or **reopen** *reference*: (the lead) close a case with its outcome once every action is done, or reopen it\n" +
        "- **my actions**: list your open actions\n" +
        "- **post here** *reference*: (the lead, in a group chat of the attendees) post the case's shared cards in that chat\n" +
        "- **status** *reference*: see a case's status\n" +
        "- **audit** or **export** *reference*: (admins) a case's audit trail, or its data for a subject access request\n" +
        "- **help**: show this list";

    public const string StatusNeedsReference = "Please add the case reference, for example **status HR-2026-0142**.";
    public const string TryAgain = "The case changed while I was saving. Please send that again.";
    public const string StaleCard = "That card belongs to a conversation that has finished. Type **help** to see what I can do.";

    /// <summary>The answer to anyone whose message carries no Entra object id: CaseBot cannot tell who they are, so it shows and changes nothing.</summary>
    public const string NotIdentified =
        "Sorry, I can't tell who you are in this chat, so I can't look up or change any case here. Please use CaseBot in Microsoft " +
        "Teams, signed in with your work account.";

    public const string NotUnderstood = "Sorry, I didn't understand that. Type **help** to see what I can do.";

    /// <summary>A message that may ask for one of these commands.</summary>
    public static string DidYouMean(IReadOnlyList<string> commands)
        => $"Sorry, I'm not sure what you'd like. Did you mean {string.Join(" or ", commands.Select(c => $"**{c}**"))}? Type **help** to see what I can do.";
}
