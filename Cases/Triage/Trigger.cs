namespace CaseBot.Cases.Triage;

/// <summary>
/// The circumstances that may trigger a Case Management Meeting or Case Conference, in the policy's order (numbers 1 to 11 in
/// <see cref="TriggerCatalogue"/>). The policy says "this list is not exhaustive", hence <see cref="Other"/>. Stored by name, so
/// the names are stable: never rename a member.
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

    /// <summary>A circumstance not on the list, described by the manager (<see cref="OtherTrigger"/>).</summary>
    Other,
}
