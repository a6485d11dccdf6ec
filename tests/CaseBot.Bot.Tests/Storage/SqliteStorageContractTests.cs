using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.State;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>The contract against EF Core on a real SQLite file, migrated as at start-up.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly StorageServices _services = StorageServices.Sqlite();

    protected override Task<IStorage> CreateStorageAsync() => _services.StartAsync();

    public override async Task DisposeAsync() => await _services.DisposeAsync();
}
