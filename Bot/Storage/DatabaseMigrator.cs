using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Storage;

/// <summary>Creates and migrates the database before the bot takes traffic; SQLite is switched to WAL so readers never block the writer.</summary>
internal sealed partial class DatabaseMigrator(
    ICaseBotDbContextFactory contextFactory, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    /// <summary>The PostgreSQL advisory lock taken while migrating ("CaseBot" in ASCII).</summary>
    private const long MigrationLockKey = 0x43617365426F74;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(sqlite.ConnectionString);
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, cancellationToken);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await CaseloadBackfill.RunAsync(db, cancellationToken);

        LogMigrated(logger, db.Database.ProviderName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // EF's own migration lock does not keep PostgreSQL instances starting together apart (each migration commits on its own, so
    // another instance re-applies the next one: "column already exists"). A session advisory lock, held on the connection EF
    // migrates on, makes them take turns; the others then find nothing pending. A process that dies mid-way drops the lock with its
    // connection.
    private static async Task MigratePostgresAsync(CaseBotDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string? provider);
}
