namespace CaseBot.Cases.Triage;

/// <summary>
/// Each trigger in a few everyday words, for a sentence ("Noted: 6. stuck or delayed, and 10. risk of litigation."), and a
/// one-line example of what it covers, for a manager who has not found their case in the policy's wording. No names, and no more
/// health detail than the policy itself gives.
/// </summary>
public static class TriggerExamples
{
    public const string LifeChangingEventShort = "life-changing event";
    public const string LifeChangingEvent = "a serious accident, a stroke, a sudden disability or the death of someone close";

    public const string IllHealthRetirementShort = "complex ill-health retirement";
    public const string IllHealthRetirement = "an ill-health retirement application that is disputed, refused, appealed or very sensitive";

    public const string TerminalIllnessShort = "terminal illness";
    public const string TerminalIllness = "an illness that cannot be cured, where they have been given months to live";

    public const string RiskOfHarmShort = "risk of harm";
    public const string RiskOfHarm = "talk of self-harm or suicide, or threats or violence towards colleagues";

    public const string OverlappingProcessesShort = "overlapping processes";
    public const string OverlappingProcesses = "a grievance, disciplinary or investigation running at the same time";

    public const string ProcessStuckShort = "stuck or delayed";
    public const string ProcessStuck = "nothing has moved for months while everyone waits for a report or a decision";

    public const string FailureToImplementActionsShort = "actions or adjustments not carried out";
    public const string FailureToImplementActions = "agreed adjustments were never put in place, and it is hurting them or the service";

    public const string RepeatedReferralsShort = "repeated referrals";
    public const string RepeatedReferrals = "referred to OH again and again without things getting better";

    public const string InformationDisconnectShort = "disconnect between OH, EPS and the manager";
    public const string InformationDisconnect = "OH says they are fit for work, but their GP keeps signing them off";

    public const string LitigationRiskShort = "risk of litigation";
    public const string LitigationRisk = "a solicitor's letter, or talk of a tribunal claim for disability discrimination";

    public const string OngoingNoPathwayShort = "ongoing with no way forward";
    public const string OngoingNoPathway = "it has dragged on for a year or more with no end in sight";

    public const string OtherShort = "something else";
    public const string Other = "anything else that makes the case critical; you describe it next";
}
