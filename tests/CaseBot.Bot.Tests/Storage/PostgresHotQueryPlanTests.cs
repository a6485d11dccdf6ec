namespace CaseBot.Bot.Tests.Storage;

/// <summary><see cref="HotQueryPlanTests"/> on PostgreSQL (EXPLAIN with sequential scans off); skipped without CASEBOT_TEST_POSTGRES.</summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresHotQueryPlanTests : HotQueryPlanTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
