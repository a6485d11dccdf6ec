using CaseBot.Bot.Access;
using CaseBot.Cases.CaseFiles;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Working days after <see cref="JobsOptions.StuckCasesAt"/>: every open case that reaches a stuck tier (<see cref="StuckCaseRules"/>)
/// nudges its lead (and at a LeadAndAdmins tier the admins) that being stuck is itself a trigger for a Case Management Meeting. At
/// most one nudge a week per case and tier; reaching a higher tier nudges at once. The case itself is not changed.
/// </summary>
internal sealed partial class StuckCasesJob(
    ICaseRepository cases, ICaseNoticeQueue queue, IOptions<StuckCasesOptions> stuck, IOptions<AdminOptions> admins, IOptions<JobsOptions> options,
    TimeProvider time, ILogger<StuckCasesJob> logger) : IScheduledJob
{
    public const string JobName = "StuckCases";

    private static readonly CaseStage[] OpenStages = [.. Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Closed)];

    public string Name => JobName;

    public DailySchedule Schedule => new(options.Value.StuckCasesAt, WorkingDaysOnly: true);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var tiers = stuck.Value.EffectiveTiers;
        var (flagged, queued) = (0, 0);
        await foreach (var found in cases.ListByStageAsync(OpenStages, cancellationToken))
        {
            if (StuckCaseRules.Assess(found, run.Day, time.GetUtcNow(), tiers) is not { } finding)
            {
                continue;
            }

            flagged++;
            IEnumerable<string> recipients = finding.Tier.Notify == StuckNotify.LeadAndAdmins
                ? [found.LeadAadObjectId, .. admins.Value.ObjectIds]
                : [found.LeadAadObjectId];
            queued += await queue.EnqueueAsync(found, [.. JobNotices.Stuck(found, finding, recipients, run.Day)], cancellationToken);
        }

        LogChecked(logger, run.Period, flagged, queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stuck-case check for {Period}: {Flagged} stuck, {Queued} nudges queued")]
    private static partial void LogChecked(ILogger logger, string period, int flagged, int queued);
}
