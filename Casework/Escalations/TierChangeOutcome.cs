namespace CaseBot.Casework.Escalations;

/// <summary>How a change of a case's tier by hand ended.</summary>
public enum TierChangeOutcome
{
    /// <summary>Saved and announced to the lead and the contacts of the tiers left and reached.</summary>
    Changed,

    /// <summary>The rules said no (the same tier, no reason, a closed case); <see cref="TierChangeResult.Refusal"/> says why.</summary>
    Refused,

    /// <summary>No such case, or the caller is not the OH service (answered alike). Nothing changed.</summary>
    NotFound,

    /// <summary>Others kept saving the case first, every attempt; nothing changed.</summary>
    CaseChanged,
}
