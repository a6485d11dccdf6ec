using CaseBot.Bot.Tests.Storage;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>
/// The outbox delivery tests on PostgreSQL (claims by <c>FOR UPDATE SKIP LOCKED</c>), a fresh database per test. Skipped unless
/// CASEBOT_TEST_POSTGRES holds a connection string to a server where its user may create databases.
/// </summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresOutboxDeliveryTests : OutboxDeliveryTests
{
    private PostgresTestDatabase? _database;

    protected override IReadOnlyDictionary<string, string?> StorageSettings => StorageInstance.PostgresSettings(_database!.ConnectionString);

    protected override string ContentRoot => Path.GetTempPath();

    public override async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
