namespace CaseBot.Cases.Audit;

/// <summary>What was done. Stored as the stable codes of <see cref="AuditCodes"/>, never as free text.</summary>
public enum AuditAction
{
    /// <summary>Someone looked a case up (status command or search card).</summary>
    CaseLookup,

    /// <summary>A case was opened by triage.</summary>
    CaseOpened,

    /// <summary>An admin exported a case's audit trail.</summary>
    AuditExported,
}
