using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseBot.Bot.Storage;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server (migrations are generated, not applied).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCaseBotDbContext>
{
    public PostgresCaseBotDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresCaseBotDbContext>().UseNpgsql("Host=localhost;Database=casebot_design").Options);
}
