using CaseBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Only a duplicate key is a conflict; other constraint failures stay errors so they are not mistaken for a race.</summary>
public sealed class UniqueViolationTests
{
    [Theory]
    [InlineData(1555)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(2067)] // SQLITE_CONSTRAINT_UNIQUE
    public void Is_SqliteDuplicateKey_ReturnsTrue(int extendedCode)
    {
        var error = new DbUpdateException("save failed", new SqliteException("constraint failed", 19, extendedCode));

        Assert.True(UniqueViolation.Is(error));
    }

    [Theory]
    [InlineData(1299)] // SQLITE_CONSTRAINT_NOTNULL
    [InlineData(275)] // SQLITE_CONSTRAINT_CHECK
    [InlineData(787)] // SQLITE_CONSTRAINT_FOREIGNKEY
    public void Is_OtherSqliteConstraint_ReturnsFalse(int extendedCode)
    {
        var error = new DbUpdateException("save failed", new SqliteException("constraint failed", 19, extendedCode));

        Assert.False(UniqueViolation.Is(error));
    }

    [Fact]
    public void Is_PostgresUniqueViolation_ReturnsTrue()
    {
        var error = new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation));

        Assert.True(UniqueViolation.Is(error));
    }

    [Fact]
    public void Is_PostgresNotNullViolation_ReturnsFalse()
    {
        var error = new DbUpdateException("save failed", new PostgresException("null value", "ERROR", "ERROR", PostgresErrorCodes.NotNullViolation));

        Assert.False(UniqueViolation.Is(error));
    }
}
