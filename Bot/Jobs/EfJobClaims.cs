using CaseBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Jobs;

/// <summary>Job claims as rows of JobRuns, keyed by (Job, Period): the insert that wins the key runs the job.</summary>
internal sealed class EfJobClaims(DatabaseWrites writes) : IJobClaims
{
    public async Task<bool> TryClaimAsync(string job, string period, string instance, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        try
        {
            // Looked for first: another instance's run of this period is the usual case, not an error worth a failed INSERT in the log.
            var claimed = await writes.RunAsync(
                async (db, ct) =>
                {
                    if (await db.JobRuns.AnyAsync(r => r.Job == job && r.Period == period, ct))
                    {
                        return false;
                    }

                    db.JobRuns.Add(new JobRunEntity { Job = job, Period = period, Instance = instance, StartedAt = now });
                    return await db.SaveChangesAsync(ct) == 1;
                },
                cancellationToken);
            if (claimed)
            {
                return true;
            }
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another instance inserted it between the look and the insert: taken, see below.
        }

        // Taken. Take it over only if that run never finished and started long ago (its instance died). The condition is re-checked
        // by the UPDATE itself, so of two instances taking over at once only one matches the row.
        var stale = now - staleAfter;
        var taken = await writes.RunAsync(
            (db, ct) => db.JobRuns
                .Where(r => r.Job == job && r.Period == period && r.FinishedAt == null && r.StartedAt < stale)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Instance, instance).SetProperty(r => r.StartedAt, now), ct),
            cancellationToken);
        return taken == 1;
    }

    public async Task FinishAsync(string job, string period, string instance, DateTimeOffset now, CancellationToken cancellationToken)
        => await writes.RunAsync(
            (db, ct) => db.JobRuns
                .Where(r => r.Job == job && r.Period == period && r.Instance == instance)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.FinishedAt, now), ct),
            cancellationToken);
}
