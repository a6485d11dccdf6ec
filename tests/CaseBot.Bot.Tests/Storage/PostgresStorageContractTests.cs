using CaseBot.BotFramework.State;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// The contract against EF Core on PostgreSQL, a fresh database per test. Skipped unless CASEBOT_TEST_POSTGRES holds a connection
/// string to a server where its user may create databases.
/// </summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresStorageContractTests : StorageContractTests
{
    private readonly List<StorageInstance> _instances = [];
    private PostgresTestDatabase? _database;

    public override async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await base.InitializeAsync();
    }

    protected override Task<IStorage> CreateStorageAsync() => StartInstanceAsync();

    protected override Task<IStorage> CreateSecondInstanceAsync() => StartInstanceAsync();

    public override async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<IStorage> StartInstanceAsync()
    {
        var instance = await StorageInstance.StartAsync(StorageInstance.PostgresSettings(_database!.ConnectionString), Path.GetTempPath());
        _instances.Add(instance);
        return instance.Storage;
    }
}
