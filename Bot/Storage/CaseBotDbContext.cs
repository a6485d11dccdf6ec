using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>
/// The model shared by both providers. Each provider has its own derived context so that each keeps its own migrations
/// (Migrations/Sqlite, Migrations/Postgres); see Bot/Storage/README.md.
/// </summary>
public abstract class CaseBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StateItemEntity> StateItems => Set<StateItemEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StateItemEntity>(entity =>
        {
            entity.ToTable("StateItems");
            entity.HasKey(e => e.Key);
            entity.Property(e => e.Key).HasMaxLength(512);
            entity.Property(e => e.ETag).HasMaxLength(64).IsRequired();
            entity.Property(e => e.Json).IsRequired();
        });
    }
}
