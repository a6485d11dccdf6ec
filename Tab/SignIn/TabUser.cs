using System.Security.Claims;
using CaseBot.Cases.Access;

namespace CaseBot.Tab.SignIn;

/// <summary>
/// Who is using the board: their tenant and Entra object id (what the access policy and the audit know), their name for the page's own
/// header only (never logged), and how they signed in. Carried in the session cookie as claims.
/// </summary>
internal sealed record TabUser(string TenantId, string AadObjectId, string? DisplayName, string Method)
{
    public const string ViaTeams = "teams";
    public const string ViaLocalPicker = "local";
    public const string TenantClaim = "tid";
    public const string ObjectIdClaim = "oid";
    public const string NameClaim = "name";
    public const string MethodClaim = "casebot_signin";

    public CaseCaller Caller => new(TenantId, AadObjectId);

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(TenantClaim, TenantId), new(ObjectIdClaim, AadObjectId), new(MethodClaim, Method) };
        if (!string.IsNullOrWhiteSpace(DisplayName))
        {
            claims.Add(new Claim(NameClaim, DisplayName));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, NameClaim, null));
    }

    /// <summary>The user of a signed-in session, or null.</summary>
    public static TabUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var tenant = principal.FindFirstValue(TenantClaim);
        var id = principal.FindFirstValue(ObjectIdClaim);
        return principal.Identity?.IsAuthenticated == true && !string.IsNullOrWhiteSpace(tenant) && !string.IsNullOrWhiteSpace(id)
            ? new TabUser(tenant, id, principal.FindFirstValue(NameClaim), principal.FindFirstValue(MethodClaim) ?? ViaTeams)
            : null;
    }

    /// <summary>No name, so a user written to a log gives nothing away.</summary>
    public override string ToString() => $"TabUser {{ Method = {Method} }}";
}
