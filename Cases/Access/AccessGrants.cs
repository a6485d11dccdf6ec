namespace CaseBot.Cases.Access;

/// <summary>
/// Who may look up any case of their tenant: OH advice-line staff and admins, each named by Entra object id or by Entra group id.
/// Ids compare case-insensitively (Entra ids are GUIDs, written in either case).
/// </summary>
public sealed record AccessGrants
{
    public AccessGrants(
        IEnumerable<string>? staffObjectIds = null,
        IEnumerable<string>? staffGroupIds = null,
        IEnumerable<string>? adminObjectIds = null,
        IEnumerable<string>? adminGroupIds = null)
    {
        StaffObjectIds = Set(staffObjectIds);
        StaffGroupIds = Set(staffGroupIds);
        AdminObjectIds = Set(adminObjectIds);
        AdminGroupIds = Set(adminGroupIds);
    }

    /// <summary>No one is staff or admin: only leads (and later attendees) see their cases.</summary>
    public static AccessGrants None { get; } = new();

    public IReadOnlySet<string> StaffObjectIds { get; }

    public IReadOnlySet<string> StaffGroupIds { get; }

    public IReadOnlySet<string> AdminObjectIds { get; }

    public IReadOnlySet<string> AdminGroupIds { get; }

    /// <summary>Every configured group id, staff and admin, for one membership check.</summary>
    public IReadOnlyCollection<string> AllGroupIds => [.. StaffGroupIds.Union(AdminGroupIds, StringComparer.OrdinalIgnoreCase)];

    private static HashSet<string> Set(IEnumerable<string>? ids)
        => new((ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase);
}
