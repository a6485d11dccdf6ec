using CaseBot.Cases.Access;

namespace CaseBot.Bot.Access;

/// <summary>The default until Microsoft Graph is wired: nobody is in any group, so only configured object ids grant access.</summary>
internal sealed class NoGroupMembership : IGroupMembership
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public Task<IReadOnlySet<string>> MemberGroupsAsync(string tenantId, string aadObjectId, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
        => Task.FromResult(None);
}
