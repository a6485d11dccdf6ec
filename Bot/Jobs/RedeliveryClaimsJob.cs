using CaseBot.Bot.Storage;
using CaseBot.BotFramework.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Daily after <see cref="JobsOptions.RetentionAt"/>: deletes the claims <see cref="RedeliveryDeduplicationMiddleware"/> writes for every
/// activity once they are older than <see cref="JobsOptions.RedeliveryClaimLifetime"/>. Channels redeliver within minutes, so an old
/// claim protects nothing, and without this the state table would grow by a row per message for ever.
/// </summary>
internal sealed partial class RedeliveryClaimsJob(
    ICaseBotDbContextFactory databases, IOptions<JobsOptions> options, ILogger<RedeliveryClaimsJob> logger) : IScheduledJob
{
    public const string JobName = "RedeliveryClaims";

    public string Name => JobName;

    public DailySchedule Schedule => new(options.Value.RetentionAt, WorkingDaysOnly: false);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cutoff = run.StartedAt - options.Value.RedeliveryClaimLifetime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var deleted = await db.StateItems
            .Where(s => s.Key.StartsWith(RedeliveryDeduplicationMiddleware.KeyPrefix) && s.UpdatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        LogDeleted(logger, run.Period, deleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redelivery claims for {Period}: {Count} expired claims deleted")]
    private static partial void LogDeleted(ILogger logger, string period, int count);
}
