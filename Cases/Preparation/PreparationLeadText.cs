namespace CaseBot.Cases.Preparation;

/// <summary>The rules' words for the lead, about the individual's preparation. Tests use the same strings.</summary>
public static class PreparationLeadText
{
    public const string OnlyLead = "Only the case's lead can see or answer what the individual said before the meeting. Nothing was changed.";
    public const string NoAnswers = "There are no answers from this person for this meeting.";
    public const string ReplyRules = "Please write a reply of up to 1,000 characters.";
    public const string TooManyReplies = "This person already has 50 replies for this meeting; please talk to them directly.";
}
