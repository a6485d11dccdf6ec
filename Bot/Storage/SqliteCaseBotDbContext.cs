using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>The SQLite flavour of <see cref="CaseBotDbContext"/>.</summary>
public sealed class SqliteCaseBotDbContext(DbContextOptions<SqliteCaseBotDbContext> options) : CaseBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so queries on dates translate.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}
