namespace CaseBot.Cases.Access;

/// <summary>Why a caller may see a case (for the audit and tests; callers are never told).</summary>
public enum CaseAccessBasis
{
    None,
    Admin,
    AdviceLineStaff,
    Service,
    Lead,
    Attendee,
}
