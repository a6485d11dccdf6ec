using CaseBot.Bot.Jobs;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>A daily job at 07:00 that records its runs (shared by the hosts that stand for instances) and can fail its first runs.</summary>
internal sealed class TestJob(TestJob.Runs runs, int failures = 0) : IScheduledJob
{
    public const string JobName = "Test";
    private int _failuresLeft = failures;

    public string Name => JobName;

    public DailySchedule Schedule { get; } = new(new TimeOnly(7, 0), WorkingDaysOnly: false);

    public Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        runs.Add(run);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("Test failure");
        }

        return Task.CompletedTask;
    }

    /// <summary>Every run of the job, across hosts; <see cref="First"/> completes at the first.</summary>
    internal sealed class Runs
    {
        private readonly List<JobRun> _runs = [];
        private readonly TaskCompletionSource<JobRun> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<JobRun> First => _first.Task;

        public IReadOnlyList<JobRun> All
        {
            get
            {
                lock (_runs)
                {
                    return [.. _runs];
                }
            }
        }

        public void Add(JobRun run)
        {
            lock (_runs)
            {
                _runs.Add(run);
            }

            _first.TrySetResult(run);
        }
    }
}
