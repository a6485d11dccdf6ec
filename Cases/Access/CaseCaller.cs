namespace CaseBot.Cases.Access;

/// <summary>Who is asking: their tenant and Entra object id (never their name).</summary>
public sealed record CaseCaller
{
    public CaseCaller(string tenantId, string aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        TenantId = tenantId;
        AadObjectId = aadObjectId.Trim();
    }

    public string TenantId { get; }

    public string AadObjectId { get; }
}
