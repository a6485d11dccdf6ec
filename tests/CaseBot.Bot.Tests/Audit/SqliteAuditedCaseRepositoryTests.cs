using CaseBot.Bot.Tests.Storage;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>The audited repository on a temp SQLite file per test.</summary>
public sealed class SqliteAuditedCaseRepositoryTests : AuditedCaseRepositoryTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
