using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Start-up on an empty PostgreSQL database, alone and with several instances at once (scale-out). Skipped without a server.</summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresMigrationTests : IAsyncLifetime
{
    private PostgresTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [StorageFact]
    public async Task StartAsync_ThreeInstancesTogetherOnEmptyDatabase_AllComeUpMigrated()
    {
        var settings = StorageInstance.PostgresSettings(_database.ConnectionString);

        var instances = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => Task.Run(() => StorageInstance.StartAsync(settings, Path.GetTempPath()))));

        foreach (var instance in instances)
        {
            await using (instance)
            {
                await using var db = await instance.CreateDbContextAsync();
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            }
        }
    }

    [StorageFact]
    public async Task Migrate_CaseReferences_CompareInCollationC()
    {
        await using var instance = await StorageInstance.StartAsync(StorageInstance.PostgresSettings(_database.ConnectionString), Path.GetTempPath());
        await using var db = await instance.CreateDbContextAsync();

        var collation = await db.Database.SqlQueryRaw<string>(
            "SELECT collation_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'Cases' AND column_name = 'Reference'").SingleAsync();

        Assert.Equal("C", collation);
    }
}
