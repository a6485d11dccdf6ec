using CaseBot.Bot.Tests.Storage;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>The audit log contract on a temp SQLite file per test.</summary>
public sealed class SqliteAuditLogTests : AuditLogContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
