using CaseBot.BotFramework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> on EF Core with optimistic concurrency that holds across processes: a create inserts only where the key is
/// absent (<c>INSERT … ON CONFLICT DO NOTHING</c>, so a taken key is a row count of 0, never a failed command in the database log),
/// updates are conditional on the ETag read (<c>UPDATE … WHERE Key = @k AND ETag = @old</c>), and a batch commits whole or not at all.
/// The statements are plain SQL (<see cref="StateCommands"/>): a turn's state read and write skip LINQ translation and tracking. With group commit (SQLite) concurrent batches share a transaction and its fsync
/// (<see cref="GroupCommit"/>), each still whole or not at all.
/// </summary>
internal sealed class EfStorage(ICaseBotDbContextFactory contextFactory, TimeProvider timeProvider, DatabaseWrites writes) : IStorage
{
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoreItem>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (keys.Count == 1)
        {
            // A turn reads one key at a time: one plain statement, no query translation or tracking.
            var key = keys.First();
            return await StateCommands.ReadAsync(db, key, cancellationToken) is { } item
                ? new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = item }
                : new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        }

        return await db.StateItems.AsNoTracking()
            .Where(s => keys.Contains(s.Key))
            .ToDictionaryAsync(s => s.Key, s => new StoreItem(s.Json, s.ETag), StringComparer.Ordinal, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        // ETags are chosen once, before any attempt, so a retry can tell "my commit landed" from "someone else wrote".
        var etags = changes.Keys.ToDictionary(key => key, _ => Guid.NewGuid().ToString("N"), StringComparer.Ordinal);
        if (writes.Grouped)
        {
            return await writes.RunAsync<IReadOnlyDictionary<string, string>>(
                async (db, ct) =>
                {
                    await ApplyAsync(db, changes, etags, ct);
                    return etags;
                },
                cancellationToken);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // A retrying strategy (PostgreSQL's) refuses a bare user transaction: the whole batch is its retriable unit. If the
        // connection fails after the server committed, re-running the batch would meet its own rows and report a false conflict
        // (a redelivery claim would then drop a new message), so a failed attempt first checks whether its ETags are stored.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (Storage: this, Db: db, Changes: changes, ETags: etags),
            static (_, state, ct) => state.Storage.WriteInTransactionAsync(state.Db, state.Changes, state.ETags, ct),
            static (_, state, ct) => VerifyCommittedAsync(state.Db, state.ETags, ct),
            cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await writes.RunAsync((db, ct) => db.StateItems.Where(s => keys.Contains(s.Key)).ExecuteDeleteAsync(ct), cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, string>> WriteInTransactionAsync(
        CaseBotDbContext db, IReadOnlyDictionary<string, StoreItem> changes, Dictionary<string, string> etags, CancellationToken cancellationToken)
    {
        if (changes.Count == 1)
        {
            // One statement is atomic on its own: no BEGIN/COMMIT round trips (a redelivery claim, a lone state write).
            await ApplyAsync(db, changes, etags, cancellationToken);
            return etags;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ApplyAsync(db, changes, etags, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    /// <summary>Stores a batch inside the caller's transaction; throws <see cref="StorageConflictException"/> on a stale or taken key.</summary>
    private async Task ApplyAsync(
        CaseBotDbContext db, IReadOnlyDictionary<string, StoreItem> changes, Dictionary<string, string> etags, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (key, change) in changes)
        {
            if (!await StateCommands.WriteAsync(db, key, change, etags[key], now, cancellationToken))
            {
                throw new StorageConflictException("The stored item changed since it was read.") { Key = key };
            }
        }
    }

    /// <summary>Whether every row carries this batch's fresh ETag, i.e. the attempt committed even though the caller saw it fail.</summary>
    private static async Task<ExecutionResult<IReadOnlyDictionary<string, string>>> VerifyCommittedAsync(
        CaseBotDbContext db, Dictionary<string, string> etags, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var keys = etags.Keys.ToList();
        var stored = await db.StateItems.AsNoTracking().Where(s => keys.Contains(s.Key))
            .ToDictionaryAsync(s => s.Key, s => s.ETag, StringComparer.Ordinal, cancellationToken);
        var committed = etags.All(pair => stored.TryGetValue(pair.Key, out var etag) && etag == pair.Value);
        return new ExecutionResult<IReadOnlyDictionary<string, string>>(committed, etags);
    }
}
