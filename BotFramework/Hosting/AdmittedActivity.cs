using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// An activity the messaging endpoint has read, authenticated and admitted (channel, tenant, serviceUrl), kept on the request's
/// features until its turn runs: what the host's rate limits partition by. <see cref="TenantId"/> and <see cref="AadObjectId"/> are
/// what the channel vouched for (either may be missing); never a name.
/// </summary>
public sealed record AdmittedActivity(Activity Activity, string? TenantId, string? AadObjectId);
