namespace CaseBot.Cases.Access;

/// <summary>The organisation-wide roles a caller holds; case roles (lead, attendee) come from the case itself.</summary>
[Flags]
public enum CallerRoles
{
    None = 0,
    AdviceLineStaff = 1,
    Admin = 2,
}
