namespace CaseBot.Bot.Access;

/// <summary>Who the CaseBot admins are (section <c>Admin</c>): Entra object ids and/or group ids. Admins see any case in their tenant and export its audit trail.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public List<string> ObjectIds { get; set; } = [];

    /// <summary>Members of these groups are admins once group membership is wired to Microsoft Graph (until then, no effect).</summary>
    public List<string> GroupIds { get; set; } = [];
}
