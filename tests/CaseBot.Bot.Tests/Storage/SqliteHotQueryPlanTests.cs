namespace CaseBot.Bot.Tests.Storage;

/// <summary><see cref="HotQueryPlanTests"/> on SQLite (EXPLAIN QUERY PLAN).</summary>
public sealed class SqliteHotQueryPlanTests : HotQueryPlanTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
