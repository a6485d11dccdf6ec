using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;

namespace CaseBot.Casework.Callers;

/// <summary>
/// Who is asking, as the access policy and the audit know them: the tenant and the Entra object id, never the display name. The one
/// rule for every front door: the chat reads the fields from the activity, the board from its signed-in session.
/// </summary>
public static class CaseCallers
{
    /// <param name="tenantId">The caller's tenant; none is the empty tenant, where no case lives.</param>
    /// <param name="aadObjectId">Their Entra object id (Teams always sends it).</param>
    /// <param name="channelUserId">The channel's own id for them: the fallback where no object id comes, as cases opened there were saved under it.</param>
    public static CaseCaller Identify(string? tenantId, string? aadObjectId, string? channelUserId)
    {
        var id = string.IsNullOrWhiteSpace(aadObjectId) ? channelUserId : aadObjectId;
        return new CaseCaller(tenantId ?? string.Empty, string.IsNullOrWhiteSpace(id) ? AuditEntry.UnknownActor : id);
    }
}
