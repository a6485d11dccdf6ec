using CaseBot.BotFramework.State;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>The contract against EF Core on a real SQLite file (a temp content root per test), migrated as at start-up.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly TempFolder _folder = new();
    private readonly List<StorageInstance> _instances = [];

    protected override Task<IStorage> CreateStorageAsync() => StartInstanceAsync();

    protected override Task<IStorage> CreateSecondInstanceAsync() => StartInstanceAsync();

    public override async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        _folder.Dispose();
    }

    private async Task<IStorage> StartInstanceAsync()
    {
        var instance = await StorageInstance.StartAsync(StorageInstance.SqliteSettings(), _folder.Path);
        _instances.Add(instance);
        return instance.Storage;
    }
}
