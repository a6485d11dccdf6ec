using System.Globalization;
using CaseBot.Cases.AdviceLine;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Runs the daily jobs: wakes every <see cref="JobsOptions.PollInterval"/>, works out each job's due period in UK time, claims it in
/// the JobRuns table (so of several instances one runs it) and marks it finished. A failed run keeps its claim until
/// <see cref="JobsOptions.ClaimTimeout"/>, then the next wake (of any instance) runs it again.
/// </summary>
internal sealed partial class ScheduledJobRunner(
    IEnumerable<IScheduledJob> jobs, IJobClaims claims, AdviceLineHours calendar, IOptions<JobsOptions> options, TimeProvider time, ILogger<ScheduledJobRunner> logger)
    : BackgroundService
{
    private readonly IReadOnlyList<IScheduledJob> _jobs = [.. jobs];

    public string Instance { get; } = InstanceName(options.Value.InstanceName);

    /// <summary>Runs every job that is due now and not yet claimed; returns the names of those this instance ran to the end.</summary>
    public async Task<IReadOnlyList<string>> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var finished = new List<string>();
        foreach (var job in _jobs)
        {
            var now = time.GetUtcNow();
            if (job.Schedule.DueDay(now, calendar) is not { } day)
            {
                continue;
            }

            var run = new JobRun(job.Name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, now);
            if (await RunAsync(job, run, cancellationToken))
            {
                finished.Add(job.Name);
            }
        }

        return finished;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunDueJobsAsync(stoppingToken);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    // One job's failure (or a database hiccup while claiming) must not stop the others or the runner.
    private async Task<bool> RunAsync(IScheduledJob job, JobRun run, CancellationToken cancellationToken)
    {
        try
        {
            if (!await claims.TryClaimAsync(run.Job, run.Period, Instance, run.StartedAt, options.Value.ClaimTimeout, cancellationToken))
            {
                return false;
            }

            LogStarted(logger, run.Job, run.Period);
            await job.RunAsync(run, cancellationToken);
            await claims.FinishAsync(run.Job, run.Period, Instance, time.GetUtcNow(), cancellationToken);
            LogFinished(logger, run.Job, run.Period);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, run.Job, run.Period);
            return false;
        }
    }

    private static string InstanceName(string? configured)
    {
        var name = string.IsNullOrWhiteSpace(configured)
            ? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}"
            : configured.Trim();
        return name.Length <= 128 ? name : name[..128];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled jobs are disabled (Jobs:Enabled=false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} started for {Period}")]
    private static partial void LogStarted(ILogger logger, string job, string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} finished for {Period}")]
    private static partial void LogFinished(ILogger logger, string job, string period);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed for {Period}; it runs again once its claim goes stale")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job, string period);
}
