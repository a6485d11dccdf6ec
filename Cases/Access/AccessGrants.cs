namespace CaseBot.Cases.Access;

/// <summary>
/// Who may look up any case of their tenant: OH advice-line staff, admins and the people who run the OH service, each named by Entra
/// object id or by Entra group id. Ids compare case-insensitively (Entra ids are GUIDs, written in either case).
/// </summary>
public sealed record AccessGrants
{
    public AccessGrants(
        IEnumerable<string>? staffObjectIds = null,
        IEnumerable<string>? staffGroupIds = null,
        IEnumerable<string>? adminObjectIds = null,
        IEnumerable<string>? adminGroupIds = null,
        IEnumerable<string>? serviceObjectIds = null,
        IEnumerable<string>? serviceGroupIds = null)
    {
        StaffObjectIds = Set(staffObjectIds);
        StaffGroupIds = Set(staffGroupIds);
        AdminObjectIds = Set(adminObjectIds);
        AdminGroupIds = Set(adminGroupIds);
        ServiceObjectIds = Set(serviceObjectIds);
        ServiceGroupIds = Set(serviceGroupIds);
    }

    /// <summary>No one is staff or admin: only leads (and later attendees) see their cases.</summary>
    public static AccessGrants None { get; } = new();

    public IReadOnlySet<string> StaffObjectIds { get; }

    public IReadOnlySet<string> StaffGroupIds { get; }

    public IReadOnlySet<string> AdminObjectIds { get; }

    public IReadOnlySet<string> AdminGroupIds { get; }

    /// <summary>The OH service's people by object id (the Service page and measures).</summary>
    public IReadOnlySet<string> ServiceObjectIds { get; }

    public IReadOnlySet<string> ServiceGroupIds { get; }

    /// <summary>Every configured group id, staff, admin and service, for one membership check.</summary>
    public IReadOnlyCollection<string> AllGroupIds => [.. StaffGroupIds.Union(AdminGroupIds, StringComparer.OrdinalIgnoreCase).Union(ServiceGroupIds, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The roles <paramref name="aadObjectId"/> holds by object id alone (no group lookup).</summary>
    public CallerRoles ByObjectId(string aadObjectId)
        => (AdminObjectIds.Contains(aadObjectId) ? CallerRoles.Admin : CallerRoles.None)
            | (StaffObjectIds.Contains(aadObjectId) ? CallerRoles.AdviceLineStaff : CallerRoles.None)
            | (ServiceObjectIds.Contains(aadObjectId) ? CallerRoles.Service : CallerRoles.None);

    private static HashSet<string> Set(IEnumerable<string>? ids)
        => new((ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase);
}
