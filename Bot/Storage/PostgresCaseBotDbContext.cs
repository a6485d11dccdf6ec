using CaseBot.Bot.CaseStore;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>The PostgreSQL flavour of <see cref="CaseBotDbContext"/>.</summary>
public sealed class PostgresCaseBotDbContext(DbContextOptions<PostgresCaseBotDbContext> options) : CaseBotDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // References compare ordinally, as in SQLite: a prefix search ("HR-2026") is then a range of the (TenantId, Reference) index.
        // Under a language collation (en_US) punctuation is ignored at first, so "HR-2026-1" would not sort between "HR-" and "HR.".
        modelBuilder.Entity<CaseEntity>().Property(e => e.Reference).UseCollation("C");
    }
}
