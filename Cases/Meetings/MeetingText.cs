namespace CaseBot.Cases.Meetings;

/// <summary>The plain words of the meeting rules.</summary>
public static class MeetingText
{
    public const string NotCritical = "A meeting is recommended only for a critical case.";
    public const string OverrideReasonRequired = "Please give a short reason (up to 500 characters) for choosing the other meeting type.";
    public const string ReasonPromptedByIndividual = "The individual or their representative prompted the meeting, so it is a Case Conference they are invited to.";
    public const string ReasonDecideWithout = "Managers and professionals need to collaborate and decide without the individual first: that is a Case Management Meeting.";
    public const string ReasonConferenceFollows = "The individual's involvement is also needed: a Case Conference can follow the Case Management Meeting.";
    public const string ReasonInvolveIndividual = "The case requires or would significantly benefit from the individual (and/or their representative) being involved: that is a Case Conference.";
    public const string ReasonProactive = "Neither the individual's involvement nor a decision without them was called for, so a proactive Case Management Meeting between managers and professionals is the place to start.";
    public const string LeadEpsForIndividual = "The individual or their representative prompted it, so EPS typically leads organising it.";

    public static string LeadIdentifiedBy(string who) => $"{char.ToUpperInvariant(who[0])}{who[1..]} identified the need, so leads organising it.";
}
