using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseBot.Bot.Storage;

/// <summary>Healthy while the database answers; /healthz reports it so a load balancer stops sending turns to an instance that cannot save them.</summary>
internal sealed class DatabaseHealthCheck(ICaseBotDbContextFactory contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("database reachable")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
#pragma warning disable CA1031 // Any failure to reach the database means unhealthy, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
