namespace CaseBot.Bot.Tests.Storage;

/// <summary>The case repository contract on PostgreSQL, a fresh database per test. Skipped unless CASEBOT_TEST_POSTGRES is set.</summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresCaseRepositoryContractTests : CaseRepositoryContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
