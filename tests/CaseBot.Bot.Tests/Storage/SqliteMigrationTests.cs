using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Start-up on SQLite: the file, its folder and every migration are made; the journal is WAL.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task StartAsync_EmptyDatabaseFile_AppliesEveryMigration()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "data"));
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "data", "casebot.db"), []);

        await using var sut = await StorageInstance.StartAsync(StorageInstance.SqliteSettings(), _folder.Path);

        await using var db = await sut.CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.StateItems.CountAsync());
    }

    [Fact]
    public async Task StartAsync_NoDataFolder_CreatesTheFileUnderTheContentRoot()
    {
        await using var sut = await StorageInstance.StartAsync(StorageInstance.SqliteSettings("data/nested/bot.db"), _folder.Path);

        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "nested", "bot.db")));
    }

    [Fact]
    public async Task StartAsync_Sqlite_SwitchesTheJournalToWriteAheadLog()
    {
        await using var sut = await StorageInstance.StartAsync(StorageInstance.SqliteSettings(), _folder.Path);

        await using var db = await sut.CreateDbContextAsync();
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task StartAsync_TwoInstancesTogetherOnNewFile_BothComeUpMigrated()
    {
        var settings = StorageInstance.SqliteSettings();

        var instances = await Task.WhenAll(
            Task.Run(() => StorageInstance.StartAsync(settings, _folder.Path)),
            Task.Run(() => StorageInstance.StartAsync(settings, _folder.Path)));

        foreach (var instance in instances)
        {
            await using (instance)
            {
                await using var db = await instance.CreateDbContextAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }
        }
    }
}
