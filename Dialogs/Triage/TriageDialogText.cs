using CaseBot.Cases.Meetings;

namespace CaseBot.Dialogs.Triage;

/// <summary>What the triage conversation says; tests and the end-to-end journeys use the same strings.</summary>
public static class TriageDialogText
{
    public const string Start = "Let's look at this case together. I'll ask a few questions, then recommend a Case Management Meeting or a Case Conference. Type **help** at any step, **back** or **change** to change an answer, or **cancel** to stop.";
    public const string AskReference = "What is your own reference for this case (for example HR-2026-0142)? Please don't type names or medical details.";
    public const string ReferenceHelp = "Use the reference from your own case file or HR system: 3 to 40 letters, digits or - _ / . with no spaces. CaseBot never needs the person's name.";
    public const string ReferenceTaken = "A case with that reference already exists. Type **status** and the reference to see it, or give a different reference.";
    public const string AskIdentifiedBy = "Who identified the need for a meeting?";
    public const string IdentifiedByHelp = "Whoever identified the need leads organising the meeting. If the individual or their representative asked for it, EPS usually leads.";
    public const string AskExceptional = "Is this case **exceptional**, compared with the capability or attendance cases you usually handle?";
    public const string ExceptionalHelp = "The policy defines a critical case as an exceptional one. Answer yes or no.";
    public const string AskStuck = "Does it need **extra support**, or has it become **entrenched** or stopped **making progress**?";
    public const string StuckHelp = "A critical case requires extra support, has become entrenched or is not making progress. Answer yes or no.";
    public const string AskJoinedUp = "Is there a specific risk or existing problem that **joined-up working** across team, department or organisation boundaries would resolve or manage better?";
    public const string JoinedUpHelp = "For example OH, EPS and the manager each hold part of the picture. Answer yes or no.";
    public const string AskTriggers = "Which of these circumstances apply? Choose all that do, or none.";
    public const string TriggersHelp = "These are the policy's triggers for a Case Management Meeting or Case Conference. Type their numbers (for example 1, 4) or words such as 'terminal' or 'litigation', or 'none'. The list is not exhaustive: choose 'Something else' to describe another.";
    public const string OtherTriggerTitle = "Something else (you describe it)";
    public const string AskOtherTrigger = "Describe the other circumstance in a few words (up to 200 characters; no names or medical details).";
    public const string AskInvolvement = "Does the case require, or would it significantly benefit from, the **individual** (and/or their representative) being involved? For example decisions about their health, wellbeing or future service, or an open conversation with all the professional leads.";
    public const string InvolvementHelp = "If yes, a Case Conference lets the individual take part in the decisions. Answer yes or no.";
    public const string AskDecideWithout = "Do the managers and professionals first need to collaborate and **make decisions without the individual** present?";
    public static string DecideWithoutHelp { get; } =
        $"If yes, a {MeetingCatalogue.Name(MeetingType.CaseManagementMeeting)} comes first; {AttendanceText.Excluded(MeetingType.CaseManagementMeeting)} never attend it. Answer yes or no.";
    public const string AskDecision = "Do you accept this recommendation?";
    public const string DecisionHelp = "Accept the recommended meeting, or choose the other type and give a short reason, which is recorded with the case.";
    public const string AskOverrideReason = "Why choose the other meeting type? A short reason (up to 500 characters) is recorded with the case.";
    public const string MeetingPlanningNext = "Next: plan and book the meeting. Type **status** and the reference at any time to see where the case stands.";
    public const string NotSaved = "Nothing was saved: this is not a critical case.";
    public const string DuplicateOnSave = "Someone saved a case with that reference moments ago, so this one was not saved. Type **new case** to start again with another reference.";

    public static string Accept(string meeting) => $"Accept: {meeting}";

    public static string ChooseOther(string meeting) => $"Choose a {meeting} instead";

    /// <summary>A typed acceptance, said back ("Noted: the Case Conference, as recommended.").</summary>
    public static string Accepted(string meeting) => $"the {meeting}, as recommended";

    /// <summary>The other type, typed, said back ("Noted: a Case Management Meeting instead.").</summary>
    public static string OtherChosen(string meeting) => $"a {meeting} instead";
}
