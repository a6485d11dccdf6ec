namespace CaseBot.Cases.Access;

/// <summary>
/// Which of some Entra groups a person belongs to (Graph's checkMemberGroups). Teams activities carry no groups, so the host
/// supplies this; until it is wired to Graph the default answers "none" and only object ids count.
/// </summary>
public interface IGroupMembership
{
    /// <summary>The subset of <paramref name="groupIds"/> that <paramref name="aadObjectId"/> is a member of (transitively).</summary>
    Task<IReadOnlySet<string>> MemberGroupsAsync(string tenantId, string aadObjectId, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken);
}
