namespace CaseBot.Bot.Storage;

/// <summary>
/// Runs a write against the CaseBot database. On SQLite it joins the group commit (<see cref="GroupCommit"/>), so concurrent turns
/// share one transaction and one fsync instead of queueing for the single writer; on PostgreSQL, which takes concurrent commits
/// itself, it runs in a context of its own and commits as the work's own SaveChanges does.
/// </summary>
internal sealed class DatabaseWrites(ICaseBotDbContextFactory contextFactory, GroupCommit? groupCommit)
{
    /// <summary>True when writes share group transactions (SQLite).</summary>
    public bool Grouped => groupCommit is not null;

    public async Task<T> RunAsync<T>(Func<CaseBotDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (groupCommit is not null)
        {
            return await groupCommit.RunAsync(work, cancellationToken);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await work(db, cancellationToken);
    }
}
