using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseBot.Bot.Storage;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseBotDbContext>
{
    public SqliteCaseBotDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteCaseBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
