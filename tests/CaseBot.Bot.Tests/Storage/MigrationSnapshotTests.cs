using CaseBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// The model and each provider's migrations agree: a change to <see cref="CaseBotDbContext"/> without
/// <c>dotnet ef migrations add</c> for both providers (Bot/Storage/README.md) fails here, not at a customer's start-up.
/// </summary>
public sealed class MigrationSnapshotTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var sut = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(sut.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for SqliteCaseBotDbContext (Bot/Storage/README.md).");
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        using var sut = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sut.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for PostgresCaseBotDbContext (Bot/Storage/README.md).");
    }

    [Fact]
    public void BothProviders_HaveTheSameNumberOfMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(sqlite.Database.GetMigrations().Count(), postgres.Database.GetMigrations().Count());
    }
}
