namespace CaseBot.Cases.Access;

/// <summary>The organisation-wide roles a caller holds; case roles (lead, attendee) come from the case itself.</summary>
[Flags]
public enum CallerRoles
{
    None = 0,
    AdviceLineStaff = 1,
    Admin = 2,

    /// <summary>The people who run the OH service: its page of every open case and its measures, and every case's status.</summary>
    Service = 4,
}
