namespace CaseBot.Bot.Tests.Storage;

/// <summary><see cref="CreateConflictLogTests"/> on PostgreSQL (a database of its own); skipped without CASEBOT_TEST_POSTGRES.</summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresCreateConflictLogTests : CreateConflictLogTests
{
    private PostgresTestDatabase? _database;

    protected override string ContentRoot => Path.GetTempPath();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        return StorageInstance.PostgresSettings(_database.ConnectionString);
    }
}
