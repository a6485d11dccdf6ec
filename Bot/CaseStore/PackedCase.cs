using CaseBot.BotFramework.State;

namespace CaseBot.Bot.CaseStore;

/// <summary>
/// A case row as the in-memory repository keeps it: the queried columns and the case document packed (UTF-8, Brotli when smaller;
/// <see cref="CompactJson"/>), about a fifth of the <see cref="CaseEntity"/> with its UTF-16 JSON string. Replaced whole on save.
/// </summary>
internal sealed record PackedCase(
    Guid Id, string TenantId, string Reference, string LeadAadObjectId, string Stage, byte[] Document, long Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt)
{
    public static PackedCase From(CaseEntity row, Func<string, string> shared)
        => new(row.Id, shared(row.TenantId), row.Reference, shared(row.LeadAadObjectId), shared(row.Stage), CompactJson.Pack(row.Json), row.Version,
            row.CreatedAt, row.UpdatedAt, row.ClosedAt);

    public CaseEntity ToEntity() => new()
    {
        Id = Id,
        TenantId = TenantId,
        Reference = Reference,
        LeadAadObjectId = LeadAadObjectId,
        Stage = Stage,
        Json = CompactJson.Unpack(Document),
        Version = Version,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        ClosedAt = ClosedAt,
    };
}
