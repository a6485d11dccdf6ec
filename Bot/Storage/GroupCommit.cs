using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Storage;

/// <summary>
/// Group commit for SQLite. SQLite has one writer at a time and every commit waits for the disk (fsync), so writes committed one by
/// one queue behind each other's fsync, and a writer that finds the lock taken sleeps in SQLite's busy handler (up to 100 ms a
/// time). Writes that arrive while a commit is under way are run together by the next committer in one transaction, each inside
/// its own savepoint: whatever stops one write (a stale ETag, a case version conflict) undoes that write alone. A caller learns its
/// outcome only after the COMMIT returned, so an acknowledged write is exactly as durable as before; a failed COMMIT fails every
/// write of its batch (none of them landed). Other processes on the same file still take turns through SQLite's own lock.
/// The committer keeps one context on one open connection for the life of the process (only one committer runs at a time), set
/// to the configured <see cref="SqliteSynchronous"/> once, instead of taking a pooled connection and re-applying it per commit.
/// </summary>
internal sealed class GroupCommit(ICaseBotDbContextFactory contextFactory, IOptions<StorageOptions> options) : IDisposable
{
    /// <summary>Bounds one transaction (and the wait of the writes in it).</summary>
    private const int MaxBatch = 64;
    private const string Savepoint = "casebot_write";

    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    private readonly SemaphoreSlim _committer = new(1, 1);

    /// <summary>The writer's context, open; only touched while holding <see cref="_committer"/>. Dropped after a failed batch.</summary>
    private CaseBotDbContext? _writer;

    /// <summary>Runs <paramref name="work"/> (changes plus SaveChanges, or ExecuteUpdate) in the next group transaction.</summary>
    public async Task<T> RunAsync<T>(Func<CaseBotDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite<T>(work, cancellationToken);
        _queue.Enqueue(pending);

        // Whoever holds the committer commits everything queued so far; a write already committed by an earlier holder is done.
        // Not cancellable: a queued write must not be left without a committer (it is dropped below if its caller gave up).
        await _committer.WaitAsync(CancellationToken.None);
        try
        {
            while (!pending.IsCompleted)
            {
                await CommitQueuedAsync();
            }
        }
        finally
        {
            _committer.Release();
        }

        return await pending.Outcome;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _committer.Dispose();
    }

    private async Task CommitQueuedAsync()
    {
        var batch = new List<PendingWrite>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            if (next.CancellationToken.IsCancellationRequested)
            {
                next.Cancel();
            }
            else
            {
                batch.Add(next);
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        var stored = new List<PendingWrite>(batch.Count);
        try
        {
            var db = _writer ??= await OpenWriterAsync();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            if (batch.Count > 1)
            {
                foreach (var write in batch)
                {
                    await RunInSavepointAsync(db, transaction, write, stored);
                }

                await transaction.CommitAsync(CancellationToken.None);
            }
            else if (await RunAloneAsync(db, transaction, batch[0]))
            {
                // Alone in its transaction: a failure rolled the whole transaction back, so it needed no savepoint.
                stored.Add(batch[0]);
                await transaction.CommitAsync(CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // The batch did not commit: every write still waiting learns why.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The connection may be what failed: the next batch starts on a fresh one.
            _writer?.Dispose();
            _writer = null;
            foreach (var write in batch)
            {
                write.Fail(ex);
            }

            return;
        }

        foreach (var write in stored)
        {
            write.Succeed();
        }
    }

    private static async Task<bool> RunAloneAsync(CaseBotDbContext db, IDbContextTransaction transaction, PendingWrite write)
    {
        try
        {
            await write.RunAsync(db);
            return true;
        }
#pragma warning disable CA1031 // Whatever stops the write is its caller's outcome.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await transaction.RollbackAsync(CancellationToken.None);
            write.Fail(ex);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task RunInSavepointAsync(CaseBotDbContext db, IDbContextTransaction transaction, PendingWrite write, List<PendingWrite> stored)
    {
        await transaction.CreateSavepointAsync(Savepoint, CancellationToken.None);
        try
        {
            await write.RunAsync(db);
            await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
            stored.Add(write);
        }
#pragma warning disable CA1031 // Whatever stops one write is that caller's outcome, not the batch's.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
            write.Fail(ex);
        }
        finally
        {
            // Each write sees only its own entities: a later SaveChanges must not touch an earlier write's.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<CaseBotDbContext> OpenWriterAsync()
    {
        var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        try
        {
            await db.Database.OpenConnectionAsync(CancellationToken.None);
            var pragma = options.Value.SqliteSynchronous == SqliteSynchronous.Full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;";
            await db.Database.ExecuteSqlRawAsync(pragma, CancellationToken.None);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private abstract class PendingWrite(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract bool IsCompleted { get; }

        /// <summary>Runs the work; its result is handed out only by <see cref="Succeed"/>, after the commit.</summary>
        public abstract Task RunAsync(CaseBotDbContext db);

        public abstract void Succeed();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class PendingWrite<T>(Func<CaseBotDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        : PendingWrite(cancellationToken)
    {
        private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Outcome => _outcome.Task;

        public override bool IsCompleted => _outcome.Task.IsCompleted;

        public override async Task RunAsync(CaseBotDbContext db) => _result = await work(db, CancellationToken.None);

        public override void Succeed() => _outcome.TrySetResult(_result!);

        public override void Fail(Exception exception) => _outcome.TrySetException(exception);

        public override void Cancel() => _outcome.TrySetCanceled(CancellationToken);
    }
}
