using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Casework.Changes;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Working days after <see cref="JobsOptions.StuckCasesAt"/>: every open case that reaches a stuck tier (<see cref="StuckCaseRules"/>)
/// nudges its lead (and at a LeadAndAdmins tier the admins) that being stuck is itself a trigger for a Case Management Meeting. At
/// most one nudge a week per case and tier; reaching a higher tier nudges at once. Each new nudge is also flagged on the case's
/// chronology, so the advice line and the audit see it; the flag is not progress (<see cref="CriticalCase.IdleFor"/>). A case that
/// reaches a tier above the one it stands at is escalated to it (<see cref="CriticalCase.EscalateByCheck"/>, audited as case.escalated),
/// and each tier's contacts (<see cref="StuckTier.ContactObjectIds"/>) are nudged with the lead.
/// </summary>
internal sealed partial class StuckCasesJob(
    ICaseRepository cases, CaseChanges changes, ICaseNoticeQueue queue, EscalationTiers ladder, IOptions<JobsOptions> options,
    TimeProvider time, ILogger<StuckCasesJob> logger) : IScheduledJob
{
    public const string JobName = "StuckCases";

    public const string Actor = "job:stuck-cases";

    private static readonly CaseStage[] OpenStages = [.. Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Closed)];

    public string Name => JobName;

    public DailySchedule Schedule => new(options.Value.StuckCasesAt, WorkingDaysOnly: true);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var tiers = ladder.Tiers;
        var (flagged, queued) = (0, 0);
        await foreach (var found in cases.ListByStageAsync(OpenStages, cancellationToken))
        {
            if (StuckCaseRules.Assess(found, run.Day, time.GetUtcNow(), tiers) is not { } finding)
            {
                continue;
            }

            flagged++;
            var level = ladder.LevelOf(finding.Tier);
            IEnumerable<string> recipients = [found.LeadAadObjectId, .. ladder.ContactsOf(level)];
            var queuedNow = await queue.EnqueueAsync(found, [.. JobNotices.Stuck(found, finding, recipients, run.Day)], cancellationToken);
            if (queuedNow > 0)
            {
                // Only a new nudge is flagged, so a re-run the same week neither nudges nor flags twice.
                await FlagAsync(found, finding, level, cancellationToken);
            }

            queued += queuedNow;
        }

        LogChecked(logger, run.Period, flagged, queued);
    }

    // Someone may change the case meanwhile: then the fresh copy is flagged (a case closed meanwhile is not). A case past a tier above its
    // own is escalated to it instead; the nudge just queued to the lead and that tier's contacts is its announcement.
    private async Task FlagAsync(CriticalCase criticalCase, StuckFinding finding, int level, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(criticalCase, Actor, current =>
        {
            if (current.Stage == CaseStage.Closed)
            {
                return CaseChange<bool>.Unchanged(false);
            }

            if (level > current.Tier.Level)
            {
                current.EscalateByCheck(level, finding.Tier.Name, finding.Reasons, time.GetUtcNow());
                return CaseChange<bool>.Saved(true, []);
            }

            current.FlagStuck(finding.Tier.Name, time.GetUtcNow());
            return CaseChange<bool>.Saved(true, []);
        }, cancellationToken);
        if (result.Status == CaseChangeStatus.Conflict)
        {
            LogFlagGaveUp(logger, criticalCase.Id, CaseChanges.MaxAttempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} kept changing during {Attempts} attempts to flag it stuck; the nudge went, the flag did not")]
    private static partial void LogFlagGaveUp(ILogger logger, Guid caseId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stuck-case check for {Period}: {Flagged} stuck, {Queued} nudges queued")]
    private static partial void LogChecked(ILogger logger, string period, int flagged, int queued);
}
