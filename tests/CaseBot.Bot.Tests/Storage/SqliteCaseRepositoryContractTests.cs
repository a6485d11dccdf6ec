namespace CaseBot.Bot.Tests.Storage;

/// <summary>The case repository contract on a temp SQLite file per test.</summary>
public sealed class SqliteCaseRepositoryContractTests : CaseRepositoryContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
