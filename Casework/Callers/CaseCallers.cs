using CaseBot.Cases.Access;

namespace CaseBot.Casework.Callers;

/// <summary>
/// Who is asking, as the access policy and the audit know them: the tenant and the Entra object id, never the display name. The one
/// rule for every front door: the chat reads the fields from the activity, the board from its signed-in session.
/// </summary>
public static class CaseCallers
{
    /// <summary>
    /// The caller, or null when there is no Entra object id: then nobody the channel vouches for is asking, and no case is read or
    /// changed. A channel's own id for the sender (<c>from.id</c>) is never taken instead: any channel can put anything there.
    /// </summary>
    /// <param name="tenantId">The caller's tenant; none is the empty tenant, where no case lives.</param>
    /// <param name="aadObjectId">Their Entra object id (Teams sends it with every activity a person makes).</param>
    public static CaseCaller? Identify(string? tenantId, string? aadObjectId)
        => string.IsNullOrWhiteSpace(aadObjectId) ? null : new CaseCaller(tenantId ?? string.Empty, aadObjectId);
}
