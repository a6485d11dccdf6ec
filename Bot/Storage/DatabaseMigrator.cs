using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Storage;

/// <summary>Creates and migrates the database before the bot takes traffic; SQLite is switched to WAL so readers never block the writer.</summary>
internal sealed partial class DatabaseMigrator(
    ICaseBotDbContextFactory contextFactory, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
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

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, db.Database.ProviderName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string? provider);
}
