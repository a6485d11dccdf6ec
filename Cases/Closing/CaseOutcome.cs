namespace CaseBot.Cases.Closing;

/// <summary>
/// How a critical case ended, as the lead records it when closing the case: where the individual's work stands, never why (no medical
/// details). Stored by name, so the names are stable: never rename a member.
/// </summary>
public enum CaseOutcome
{
    /// <summary>Back at work as before.</summary>
    BackAtWork,

    /// <summary>Back at work with adjustments to the role or workplace.</summary>
    BackAtWorkWithAdjustments,

    /// <summary>Redeployed to another role.</summary>
    Redeployed,

    /// <summary>Retired on grounds of ill health.</summary>
    IllHealthRetirement,

    /// <summary>Left the organisation.</summary>
    LeftTheOrganisation,

    /// <summary>Resolved through another process (e.g. a formal capability, attendance or grievance process).</summary>
    ResolvedThroughAnotherProcess,

    /// <summary>None of these: the lead says how in a few words (<see cref="CaseClosure.OtherReason"/>).</summary>
    Other,
}
