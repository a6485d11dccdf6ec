namespace CaseBot.Bot.Jobs;

/// <summary>Finds and purges closed cases past their retention period. Kept apart from the case repository: only this job deletes cases.</summary>
public interface ICaseRetention
{
    /// <summary>Up to <paramref name="max"/> cases closed before <paramref name="cutoff"/>, longest closed first.</summary>
    Task<IReadOnlyList<ClosedCase>> ClosedBeforeAsync(DateTimeOffset cutoff, int max, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: deletes the case, its participant rows and its outbox messages, and appends the audit tombstone
    /// (case.purged by <paramref name="actor"/>, with the case id and reference). False, and nothing changed, when the case is no longer
    /// there or no longer closed before <paramref name="cutoff"/>.
    /// </summary>
    Task<bool> PurgeAsync(ClosedCase closedCase, DateTimeOffset cutoff, string actor, CancellationToken cancellationToken);
}
