namespace CaseBot.Cases.Triage;

/// <summary>
/// The circumstances that may trigger a Case Management Meeting or Case Conference (policy: "this list is not exhaustive", hence
/// <see cref="Other"/>). Stored by name, so the names are stable.
/// </summary>
public enum Trigger
{
    LifeChangingEvent,
    IllHealthRetirement,
    TerminalIllness,
    RiskOfHarm,
    OverlappingProcesses,
    ProcessStuck,
    FailureToImplementActions,
    RepeatedReferrals,
    InformationDisconnect,
    LitigationRisk,
    OngoingNoPathway,
    Other,
}
