using CaseBot.Cases.AdviceLine;

namespace CaseBot.Cases.Triage;

/// <summary>The plain words of the triage rules, shared by the rules, the conversation, the cards and the tests.</summary>
public static class TriageText
{
    public const string TriggerLifeChangingEvent = "There has been a life-changing event";
    public const string TriggerIllHealthRetirement = "A complex, challenging or sensitive ill-health retirement case";
    public const string TriggerTerminalIllness = "A terminal illness";
    public const string TriggerRiskOfHarm = "There is a risk of harm to one or more individuals";
    public const string TriggerOverlappingProcesses = "Other (often formal) overlapping or linked processes affect the individual";
    public const string TriggerProcessStuck = "A process has become, or is at risk of becoming, stuck, blocked or significantly delayed";
    public const string TriggerFailureToImplementActions = "A failure to implement actions or adjustments will have a significant negative impact on the individual and/or the organisation";
    public const string TriggerRepeatedReferrals = "Multiple or repeated referrals indicate a more complex or intractable case";
    public const string TriggerInformationDisconnect = "A major disconnect or disparity in information or understanding between Occupational Health, EPS and the line manager";
    public const string TriggerLitigationRisk = "A real risk of litigation relating to disability discrimination";
    public const string TriggerOngoingNoPathway = "The issue has been ongoing for some time with no clear pathway to resolution";
    public const string TriggerOther = "Another circumstance";

    public const string OtherTriggerLength = "Please describe the other circumstance in 1 to 200 characters, without names or medical details.";

    public const string ReasonDefinitionMet = "The case meets the definition of a critical case: it is exceptional and needs extra support, has become entrenched or is not making progress.";
    public const string ReasonTriggerMet = "A trigger circumstance applies to a case that is exceptional or needs extra support, and the policy names these circumstances as reasons for a meeting.";
    public const string ReasonExceptional = "You said the case is exceptional.";
    public const string ReasonNeedsSupport = "You said it needs extra support, has become entrenched or is not making progress.";
    public const string ReasonJoinedUp = "Joined-up working across team, departmental or organisational boundaries would resolve or better manage a specific risk or problem.";
    public const string ReasonNotExceptional = "You said the case is not exceptional.";
    public const string ReasonProgressing = "You said it does not need extra support, has not become entrenched and is making progress.";
    public const string ReasonNoTrigger = "None of the trigger circumstances applies.";
    public const string ReasonTriggerAlone = "A trigger circumstance applies, but the case is neither exceptional nor in need of extra support, so the usual route can handle it.";
    public const string ReasonJoinedUpNotEnough = "Joined-up working would help, but on its own that does not make a case critical.";

    /// <summary>
    /// The signpost for a case that is not critical, with the advice line's hours from <paramref name="adviceLine"/>. The advice line's
    /// hours, number and email come from configuration, not from here.
    /// </summary>
    public static string UsualRoute(AdviceLineHours adviceLine)
    {
        ArgumentNullException.ThrowIfNull(adviceLine);
        return "Use the usual route: manage the case under the relevant HR policy, refer to Occupational Health where health affects work, and act on the advice in the OH report. " +
            $"For advice, contact the OH advice line ({adviceLine.Times} on weekdays). If the case stalls or a trigger circumstance arises, check again.";
    }

    public static string OtherTriggerReason(string description) => $"{TriggerOther}: {description}";
}
