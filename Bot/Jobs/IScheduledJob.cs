namespace CaseBot.Bot.Jobs;

/// <summary>
/// A daily job run by <see cref="ScheduledJobRunner"/>. Of several instances only one runs it per period; a run that died is run again
/// after <see cref="JobsOptions.ClaimTimeout"/>, so a job must be safe to repeat (notices carry dedup keys, changes are re-checked).
/// </summary>
public interface IScheduledJob
{
    /// <summary>The job's key in the JobRuns table (stable; at most 64 characters).</summary>
    string Name { get; }

    DailySchedule Schedule { get; }

    Task RunAsync(JobRun run, CancellationToken cancellationToken);
}
