using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Daily after <see cref="JobsOptions.RetentionAt"/>: purges closed cases whose <c>ClosedAt</c> is older than
/// <see cref="RetentionOptions.ClosedCaseRetention"/>, each leaving an audit tombstone. The audit entries about the case stay.
/// </summary>
internal sealed partial class RetentionJob(
    ICaseRetention retention, IOptions<RetentionOptions> retentionOptions, IOptions<JobsOptions> options, ILogger<RetentionJob> logger) : IScheduledJob
{
    public const string JobName = "Retention";
    public const string Actor = "job:retention";

    public string Name => JobName;

    public DailySchedule Schedule => new(options.Value.RetentionAt, WorkingDaysOnly: false);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = retentionOptions.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var cutoff = RetentionPeriod.Parse(settings.ClosedCaseRetention).Before(run.StartedAt);
        var purged = 0;
        while (true)
        {
            var batch = await retention.ClosedBeforeAsync(cutoff, settings.BatchSize, cancellationToken);
            var purgedNow = 0;
            foreach (var closed in batch)
            {
                purgedNow += await retention.PurgeAsync(closed, cutoff, Actor, cancellationToken) ? 1 : 0;
            }

            purged += purgedNow;

            // A short batch was the last; a batch that purged nothing would come back the same.
            if (batch.Count < settings.BatchSize || purgedNow == 0)
            {
                break;
            }
        }

        LogPurged(logger, run.Period, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention for {Period}: {Count} closed cases purged")]
    private static partial void LogPurged(ILogger logger, string period, int count);
}
