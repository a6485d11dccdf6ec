using CaseBot.Bot.Audit;
using CaseBot.Bot.CaseStore;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Jobs;
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

    public DbSet<CaseParticipantEntity> CaseParticipants => Set<CaseParticipantEntity>();

    public DbSet<CaseMeetingChatEntity> CaseMeetingChats => Set<CaseMeetingChatEntity>();

    public DbSet<OutboxMessageEntity> OutboxMessages => Set<OutboxMessageEntity>();

    public DbSet<ConversationReferenceEntity> ConversationReferences => Set<ConversationReferenceEntity>();

    public DbSet<JobRunEntity> JobRuns => Set<JobRunEntity>();

    public DbSet<DataProtectionKeyEntity> DataProtectionKeys => Set<DataProtectionKeyEntity>();

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
            entity.HasIndex(e => new { e.Stage, e.UpdatedAt });

            // The OH service's list: a tenant's open cases (ClosedAt null) in each order it offers, so counting and paging read an index.
            entity.Property(e => e.MeetingType).HasMaxLength(32);
            entity.HasIndex(e => new { e.TenantId, e.ClosedAt, e.ProgressAt }).HasDatabaseName("IX_Cases_Caseload_Waiting");
            entity.HasIndex(e => new { e.TenantId, e.ClosedAt, e.EarliestDueDay }).HasDatabaseName("IX_Cases_Caseload_Overdue");
            entity.HasIndex(e => new { e.TenantId, e.ClosedAt, e.NextMeetingAt }).HasDatabaseName("IX_Cases_Caseload_Meeting");
            entity.HasIndex(e => new { e.TenantId, e.ClosedAt, e.TierLevel, e.ProgressAt }).HasDatabaseName("IX_Cases_Caseload_Tier");
            entity.HasIndex(e => e.ColumnsVersion);
        });
        modelBuilder.Entity<CaseParticipantEntity>(entity =>
        {
            entity.ToTable("CaseParticipants");
            entity.HasKey(e => new { e.CaseId, e.AadObjectId });
            entity.Property(e => e.TenantId).HasMaxLength(64);
            entity.Property(e => e.AadObjectId).HasMaxLength(64);
            entity.HasIndex(e => new { e.TenantId, e.AadObjectId });
            entity.HasOne<CaseEntity>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CaseMeetingChatEntity>(entity =>
        {
            entity.ToTable("CaseMeetingChats");
            entity.HasKey(e => new { e.CaseId, e.ChatId });
            entity.Property(e => e.TenantId).HasMaxLength(64);
            entity.Property(e => e.ChatId).HasMaxLength(200);
            entity.HasIndex(e => new { e.TenantId, e.ChatId });
            entity.HasOne<CaseEntity>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OutboxMessageEntity>(entity =>
        {
            entity.ToTable("OutboxMessages");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.TenantId).HasMaxLength(64);
            entity.Property(e => e.Kind).HasMaxLength(32);
            entity.Property(e => e.UpdateOf).HasMaxLength(32);
            entity.Property(e => e.RecipientAadObjectId).HasMaxLength(64);
            entity.Property(e => e.ConversationId).HasMaxLength(512);
            entity.Property(e => e.DedupKey).HasMaxLength(256);
            entity.Property(e => e.ClaimedBy).HasMaxLength(128);
            entity.Property(e => e.FailureCode).HasMaxLength(64);
            entity.Property(e => e.SentConversationId).HasMaxLength(512);
            entity.Property(e => e.SentActivityId).HasMaxLength(256);
            entity.Property(e => e.ServiceUrl).HasMaxLength(512);
            entity.HasIndex(e => e.DedupKey).IsUnique();
            entity.HasIndex(e => new { e.SentAt, e.DueAt });
            entity.HasIndex(e => new { e.CaseId, e.Kind });
        });
        modelBuilder.Entity<ConversationReferenceEntity>(entity =>
        {
            entity.ToTable("ConversationReferences");
            entity.HasKey(e => new { e.TenantId, e.AadObjectId });
            entity.Property(e => e.TenantId).HasMaxLength(64);
            entity.Property(e => e.AadObjectId).HasMaxLength(64);
        });
        modelBuilder.Entity<JobRunEntity>(entity =>
        {
            entity.ToTable("JobRuns");
            entity.HasKey(e => new { e.Job, e.Period });
            entity.Property(e => e.Job).HasMaxLength(64);
            entity.Property(e => e.Period).HasMaxLength(64);
            entity.Property(e => e.Instance).HasMaxLength(128);
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
        modelBuilder.Entity<DataProtectionKeyEntity>(entity =>
        {
            entity.ToTable("DataProtectionKeys");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).ValueGeneratedOnAdd();
            entity.Property(e => e.FriendlyName).HasMaxLength(256);
            entity.Property(e => e.Xml).IsRequired();
        });
    }
}
