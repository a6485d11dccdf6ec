namespace CaseBot.Cases.Audit;

/// <summary>How it ended. Stored as the stable codes of <see cref="AuditCodes"/>.</summary>
public enum AuditOutcome
{
    /// <summary>The case (or its audit trail) was shown.</summary>
    Shown,

    /// <summary>There is no such case in the caller's tenant.</summary>
    NotFound,

    /// <summary>The case exists but the caller may not see it (they were told "no case found").</summary>
    Denied,

    /// <summary>A change was saved.</summary>
    Saved,

    /// <summary>A change was refused, e.g. a case reference already in use.</summary>
    Refused,
}
