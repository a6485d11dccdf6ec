namespace CaseBot.Cases.Preparation;

/// <summary>The rules' words for the lead, about the individual's preparation. Tests use the same strings.</summary>
public static class PreparationLeadText
{
    public const string OnlyLead = "Only the case's lead can see or answer what the individual said before the meeting. Nothing was changed.";
    public const string NoAnswers = "There are no answers from this person for this meeting.";
    public const string ReplyRules = "Please write a reply of up to 1,000 characters.";
    public const string TooManyReplies = "This person already has 50 replies for this meeting; please talk to them directly.";

    public static string Title(string reference) => $"What they said before the meeting ({reference})";

    public const string Private = "Only you can read this. Each time it is opened, the audit log records it.";
    public const string NothingYet = "Nobody has answered yet.";
    public const string Bringing = "Bringing someone";
    public const string PointsShared = "Points to raise (shared on the agenda)";
    public const string PointsPrivate = "Points to raise (for you only)";
    public const string TheirWords = "In their own words";
    public const string YourReply = "Your reply";
    public const string ReplyLabel = "Reply to them";
    public const string SendReply = "Send reply";
    public const string ReplySent = "Your reply was sent.";
    public const string ReadAnswers = "Read what they said";
    public const string ArrangedLabel = "What is arranged (they are told)";
    public const string SaveArranged = "Save what is arranged";
    public const string ArrangedSaved = "Saved. They have been told what is now arranged.";
    public const string NothingNewArranged = "Saved. Nothing new was arranged, so they were not sent anything.";

    /// <summary>The lead's note when the individual (or their representative) answered: who, never what.</summary>
    public static string AnsweredNote(string who, string role, string reference)
        => $"{who} ({role}) has told you what would help them before the Case Conference for {reference}. Only you can read it.";

    /// <summary>The lead's day-before note, above the requests still open.</summary>
    public static string OpenRequests(string reference) => $"The Case Conference for {reference} is soon. These requests are not arranged yet:";
}
