namespace CaseBot.Cases.Triage;

/// <summary>The plain words of the triage rules, shared by the rules, the conversation, the cards and the tests.</summary>
public static class TriageText
{
    public const string OtherTriggerWording = "Another circumstance";
    public const string OtherTriggerLength = "Please describe the other circumstance in 1 to 200 characters, without names or medical details.";

    public const string ReasonDefinitionMet = "The case meets the definition of a critical case: it is exceptional and needs extra support, has become entrenched or is not making progress.";
    public const string ReasonTriggerMet = "A trigger circumstance applies to a case that is exceptional or not progressing, which the policy names as a reason for a meeting.";
    public const string ReasonExceptional = "You said the case is exceptional.";
    public const string ReasonNeedsSupport = "You said it needs extra support, has become entrenched or is not making progress.";
    public const string ReasonJoinedUp = "Joined-up working across team, departmental or organisational boundaries would resolve or better manage a specific risk or problem.";
    public const string ReasonNotExceptional = "You said the case is not exceptional.";
    public const string ReasonProgressing = "You said it does not need extra support and is making progress.";
    public const string ReasonNoTrigger = "None of the trigger circumstances applies.";
    public const string ReasonTriggerAlone = "A trigger circumstance applies, but the case is neither exceptional nor stuck, so the usual route can handle it.";

    public const string UsualRoute = "Carry on with the usual route: manage the case under the relevant HR policy, refer to Occupational Health where health affects work, and act on the OH report's advice. If the case stalls or a trigger circumstance arises, run the triage again.";
}
