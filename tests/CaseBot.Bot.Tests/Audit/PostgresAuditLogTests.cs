using CaseBot.Bot.Tests.Storage;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>The audit log contract on PostgreSQL, a fresh database per test. Skipped unless CASEBOT_TEST_POSTGRES is set.</summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresAuditLogTests : AuditLogContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
