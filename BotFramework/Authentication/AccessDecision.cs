namespace CaseBot.BotFramework.Authentication;

/// <summary>What <see cref="ChannelAccessPolicy"/> decided: refused with a stable reason code, or admitted with the tenant and Entra object id it vouches for.</summary>
public sealed record AccessDecision(string? RefusedBecause, string? TenantId, string? AadObjectId)
{
    public bool IsAdmitted => RefusedBecause is null;

    public static AccessDecision Refused(string reason) => new(reason, null, null);

    public static AccessDecision Admitted(string? tenantId, string? aadObjectId) => new(null, tenantId, aadObjectId);
}
