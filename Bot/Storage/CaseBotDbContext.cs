using CaseBot.Bot.Audit;
using CaseBot.Bot.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>
/// The model shared by both providers. Each provider has its own derived context so that each keeps its own migrations
/// (Migrations/Sqlite, Migrations/Postgres); see Bot/Storage/README.md.
/// </summary>
public abstract class CaseBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StateItemEntity> StateItems => Set<StateItemEntity>();

    public DbSet<CaseEntity> Cases => Set<CaseEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

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
        modelBuilder.Entity<CaseEntity>(entity =>
        {
            entity.ToTable("Cases");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.TenantId).HasMaxLength(64);
            entity.Property(e => e.Reference).HasMaxLength(40);
            entity.Property(e => e.LeadAadObjectId).HasMaxLength(64);
            entity.Property(e => e.Stage).HasMaxLength(32);
            entity.Property(e => e.Version).IsConcurrencyToken();
            entity.HasIndex(e => new { e.TenantId, e.Reference }).IsUnique();
            entity.HasIndex(e => e.LeadAadObjectId);
        });
        modelBuilder.Entity<AuditEntryEntity>(entity =>
        {
            entity.ToTable("AuditEntries");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).ValueGeneratedOnAdd();
            entity.Property(e => e.TenantId).HasMaxLength(128);
            entity.Property(e => e.ActorAadObjectId).HasMaxLength(128);
            entity.Property(e => e.Action).HasMaxLength(32);
            entity.Property(e => e.Outcome).HasMaxLength(32);
            entity.Property(e => e.CaseReference).HasMaxLength(40);
            entity.HasIndex(e => new { e.TenantId, e.CaseReference });
        });
    }
}
