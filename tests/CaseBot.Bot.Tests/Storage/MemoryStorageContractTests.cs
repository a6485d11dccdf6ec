using CaseBot.BotFramework.State;

namespace CaseBot.Bot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}
