namespace CaseBot.Bot.Jobs;

/// <summary>Who runs a job for a period: the first instance to claim it, or a later one once the claim has gone stale unfinished.</summary>
public interface IJobClaims
{
    /// <summary>
    /// Claims <paramref name="period"/> of <paramref name="job"/> for <paramref name="instance"/>. False when another instance holds it:
    /// finished, or started less than <paramref name="staleAfter"/> ago.
    /// </summary>
    Task<bool> TryClaimAsync(string job, string period, string instance, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Marks the run finished (if <paramref name="instance"/> still holds it).</summary>
    Task FinishAsync(string job, string period, string instance, DateTimeOffset now, CancellationToken cancellationToken);
}
