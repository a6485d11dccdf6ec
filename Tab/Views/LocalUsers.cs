using CaseBot.Cases.Access;
using Microsoft.Extensions.Configuration;

namespace CaseBot.Tab.Views;

/// <summary>
/// The people local mode lets you sign in as: the local directory the bot invites from when Graph is off (<c>Directory:People</c>;
/// in Development, the Agents Playground's mock users), each with the organisation-wide role the access grants give them.
/// </summary>
public sealed class LocalUsers(IConfiguration configuration, AccessGrants grants)
{
    public IReadOnlyList<(LocalUser User, CallerRoles Roles)> All()
        => [.. (configuration.GetSection("Directory:People").Get<List<LocalUser>>() ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p.AadObjectId) && !string.IsNullOrWhiteSpace(p.DisplayName))
            .Select(p => (p, RolesOf(p.AadObjectId!)))];

    public LocalUser? Find(string? aadObjectId)
        => All().Select(u => u.User).FirstOrDefault(u => string.Equals(u.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    // Object ids only: the picker cannot ask Graph about groups, and local mode has none.
    private CallerRoles RolesOf(string id) => grants.ByObjectId(id);
}
