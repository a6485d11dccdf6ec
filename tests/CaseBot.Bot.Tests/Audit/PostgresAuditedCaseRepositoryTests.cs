using CaseBot.Bot.Tests.Storage;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>The audited repository on PostgreSQL, a fresh database per test. Skipped unless CASEBOT_TEST_POSTGRES is set.</summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresAuditedCaseRepositoryTests : AuditedCaseRepositoryTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
