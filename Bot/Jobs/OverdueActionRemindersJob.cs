using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Working days after <see cref="JobsOptions.RemindersAt"/>: each overdue open action's owner gets a reminder and the lead a note, at most
/// once a day per action (the action records the day; the notices' dedup keys hold the same line if a run is repeated).
/// </summary>
internal sealed partial class OverdueActionRemindersJob(
    ICaseRepository cases, CaseChanges changes, TimeProvider time, IOptions<JobsOptions> options, ILogger<OverdueActionRemindersJob> logger) : IScheduledJob
{
    public const string JobName = "OverdueActionReminders";
    public const string Actor = "job:reminders";

    // Open actions exist at ActionsOpen, and at MeetingBooked when a further meeting is booked before they are done.
    private static readonly CaseStage[] Stages = [CaseStage.ActionsOpen, CaseStage.MeetingBooked];

    public string Name => JobName;

    public DailySchedule Schedule => new(options.Value.RemindersAt, WorkingDaysOnly: true);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var reminded = 0;
        await foreach (var found in cases.ListByStageAsync(Stages, cancellationToken))
        {
            if (found.RemindersDue(run.Day).Count > 0)
            {
                reminded += await RemindAsync(found, run.Day, cancellationToken);
            }
        }

        LogReminded(logger, reminded, run.Period);
    }

    // A user may tick an action while the job saves: then the case is read again and only what is still due is reminded.
    private async Task<int> RemindAsync(CriticalCase criticalCase, DateOnly today, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(criticalCase, Actor, current =>
        {
            var due = current.RemindersDue(today);
            if (due.Count == 0)
            {
                return CaseChange<int>.Unchanged(0);
            }

            var notices = new List<CaseNotice>();
            foreach (var action in due)
            {
                notices.AddRange(JobNotices.Reminder(current, action, today));
                current.MarkReminded(action.Id, today, time.GetUtcNow());
            }

            return CaseChange<int>.Saved(due.Count, notices);
        }, cancellationToken);
        if (result.Status == CaseChangeStatus.Conflict)
        {
            LogGaveUp(logger, criticalCase.Id, CaseChanges.MaxAttempts);
        }

        return result.Status == CaseChangeStatus.Saved ? result.Result : 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overdue-action reminders for {Period}: {Count} sent")]
    private static partial void LogReminded(ILogger logger, int count, string period);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} kept changing during {Attempts} attempts to remind; left for tomorrow")]
    private static partial void LogGaveUp(ILogger logger, Guid caseId, int attempts);
}
