using System.Data.Common;
using CaseBot.Bot.Storage;
using CaseBot.BotFramework.State;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// <see cref="EfStorage"/> under a retrying execution strategy (as on PostgreSQL), played on SQLite with one injected transient
/// failure just before or just after the commit: a batch that did land is reported as written, never as a conflict with itself.
/// </summary>
public sealed class EfStorageRetryTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        await using var migrated = await StorageInstance.StartAsync(StorageInstance.SqliteSettings(), _folder.Path);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WriteAsync_CommitLandsButItsAcknowledgementIsLost_ReportsTheBatchAsWritten()
    {
        var failure = new FailOnceInterceptor(afterCommit: true);
        var sut = CreateSut(failure);

        var written = await sut.WriteAsync(NewItems("k1", "k2"), default);

        var read = await sut.ReadAsync(["k1", "k2"], default);
        Assert.True(failure.Failed);
        Assert.Equal(read["k1"].ETag, written["k1"]);
        Assert.Equal(read["k2"].ETag, written["k2"]);
    }

    [Fact]
    public async Task WriteAsync_AttemptFailsBeforeCommit_RetriesAndStoresTheBatch()
    {
        var failure = new FailOnceInterceptor(afterCommit: false);
        var sut = CreateSut(failure);

        var written = await sut.WriteAsync(NewItems("k1", "k2"), default);

        var read = await sut.ReadAsync(["k1", "k2"], default);
        Assert.True(failure.Failed);
        Assert.Equal("{\"n\":1}", read["k1"].Json);
        Assert.Equal(read["k2"].ETag, written["k2"]);
    }

    private static Dictionary<string, StoreItem> NewItems(params string[] keys)
        => keys.ToDictionary(key => key, _ => new StoreItem("{\"n\":1}", null));

    private EfStorage CreateSut(FailOnceInterceptor failure)
    {
        var path = Path.Combine(_folder.Path, "data", "casebot.db");
        var options = new DbContextOptionsBuilder<SqliteCaseBotDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString(), sqlite => sqlite.ExecutionStrategy(d => new RetryOnceStrategy(d)))
            .AddInterceptors(failure)
            .Options;
        var factory = new CaseBotDbContextFactory<SqliteCaseBotDbContext>(new PooledDbContextFactory<SqliteCaseBotDbContext>(options));
        return new EfStorage(factory, new FakeTimeProvider(), new DatabaseWrites(factory, null));
    }

    /// <summary>Retries once, at once, on the <see cref="TimeoutException"/> the interceptor throws (a dropped connection).</summary>
    private sealed class RetryOnceStrategy(ExecutionStrategyDependencies dependencies)
        : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is TimeoutException;
    }

    /// <summary>Throws once, either instead of committing (nothing lands) or after the commit (it landed; the caller never hears).</summary>
    private sealed class FailOnceInterceptor(bool afterCommit) : DbTransactionInterceptor
    {
        public bool Failed { get; private set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (!afterCommit)
            {
                FailOnce();
            }

            return ValueTask.FromResult(result);
        }

        public override Task TransactionCommittedAsync(
            DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (afterCommit)
            {
                FailOnce();
            }

            return Task.CompletedTask;
        }

        private void FailOnce()
        {
            if (!Failed)
            {
                Failed = true;
                throw new TimeoutException("Connection dropped (injected).");
            }
        }
    }
}
