using CaseBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Storage:SqliteSynchronous reaches the connection every SQLite write commits on (WAL always; NORMAL unless FULL is asked for).</summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(null, 1L)]
    [InlineData("Normal", 1L)]
    [InlineData("Full", 2L)]
    public async Task Writes_CommitWithTheConfiguredSynchronousInWalMode(string? setting, long expected)
    {
        var settings = StorageInstance.SqliteSettings();
        if (setting is not null)
        {
            settings["Storage:SqliteSynchronous"] = setting;
        }

        await using var sut = await StorageInstance.StartAsync(settings, _folder.Path);
        var writes = sut.Services.GetRequiredService<DatabaseWrites>();

        var (synchronous, journal) = await writes.RunAsync(
            async (db, ct) => (await Pragma<long>(db, "SELECT synchronous AS Value FROM pragma_synchronous()", ct),
                await Pragma<string>(db, "SELECT journal_mode AS Value FROM pragma_journal_mode()", ct)), default);

        Assert.Equal((expected, "wal"), (synchronous, journal));
    }

    private static async Task<T> Pragma<T>(CaseBotDbContext db, string sql, CancellationToken cancellationToken)
        => await db.Database.SqlQueryRaw<T>(sql).SingleAsync(cancellationToken);
}
