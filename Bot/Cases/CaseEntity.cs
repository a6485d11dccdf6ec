namespace CaseBot.Bot.Cases;

/// <summary>
/// A critical case row: the columns that are queried (tenant, reference, lead, stage, dates) and the rest of the case as one JSON
/// document. <see cref="Version"/> is the optimistic-concurrency token.
/// </summary>
public sealed class CaseEntity
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public required string Reference { get; set; }

    public required string LeadAadObjectId { get; set; }

    public required string Stage { get; set; }

    public required string Json { get; set; }

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
