namespace CaseBot.Bot.Jobs;

/// <summary>Job claims in process (Storage:Provider=Memory): one instance, so claims only stop a period running twice.</summary>
internal sealed class InMemoryJobClaims : IJobClaims
{
    private readonly Dictionary<(string Job, string Period), JobRunEntity> _runs = [];
    private readonly Lock _gate = new();

    public Task<bool> TryClaimAsync(string job, string period, string instance, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_runs.TryGetValue((job, period), out var run) && (run.FinishedAt is not null || run.StartedAt >= now - staleAfter))
            {
                return Task.FromResult(false);
            }

            _runs[(job, period)] = new JobRunEntity { Job = job, Period = period, Instance = instance, StartedAt = now };
            return Task.FromResult(true);
        }
    }

    public Task FinishAsync(string job, string period, string instance, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_runs.TryGetValue((job, period), out var run) && run.Instance == instance)
            {
                run.FinishedAt = now;
            }
        }

        return Task.CompletedTask;
    }
}
