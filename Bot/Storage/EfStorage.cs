using CaseBot.BotFramework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> on EF Core with optimistic concurrency that holds across processes: creates are inserts that fail on an
/// existing key, updates are conditional on the ETag read (<c>UPDATE … WHERE Key = @k AND ETag = @old</c>), and a batch commits
/// whole or not at all. With group commit (SQLite) concurrent batches share a transaction and its fsync
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
            // A turn reads one key at a time; an equality on the key skips the per-call SQL rewrite that an IN list needs.
            var key = keys.First();
            var row = await db.StateItems.AsNoTracking().Where(s => s.Key == key)
                .Select(s => new { s.Json, s.ETag }).FirstOrDefaultAsync(cancellationToken);
            return row is null
                ? new Dictionary<string, StoreItem>(StringComparer.Ordinal)
                : new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new StoreItem(row.Json, row.ETag) };
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
            var etag = etags[key];
            var stored = change.ETag switch
            {
                null => await InsertAsync(db, key, change.Json, etag, now, cancellationToken),

                // "*" must not lose a race to a concurrent create: if the insert meets the other writer's row, overwrite that.
                StoreItem.AnyETag => await UpdateAsync(db, key, null, change.Json, etag, now, cancellationToken)
                    || await InsertAsync(db, key, change.Json, etag, now, cancellationToken)
                    || await UpdateAsync(db, key, null, change.Json, etag, now, cancellationToken),
                var expected => await UpdateAsync(db, key, expected, change.Json, etag, now, cancellationToken),
            };
            if (!stored)
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

    private static async Task<bool> UpdateAsync(
        CaseBotDbContext db, string key, string? expectedETag, string json, string etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = db.StateItems.Where(s => s.Key == key);
        if (expectedETag is not null)
        {
            rows = rows.Where(s => s.ETag == expectedETag);
        }

        var count = await rows.ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, etag).SetProperty(s => s.UpdatedAt, now), cancellationToken);
        return count == 1;
    }

    private static async Task<bool> InsertAsync(
        CaseBotDbContext db, string key, string json, string etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = new StateItemEntity { Key = key, Json = json, ETag = etag, UpdatedAt = now };
        db.StateItems.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.Entry(entity).State = EntityState.Detached;
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
