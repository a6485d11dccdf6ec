using System.Text.Json;
using System.Text.Json.Serialization;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.CaseStore;

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

    /// <summary>When the lead closed the case; retention counts from here.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Enums by name, so stored documents stay readable and survive reordering of enum members.</summary>
    internal static JsonSerializerOptions DocumentJson { get; } = CreateDocumentJson();

    /// <summary>The first row of a new case.</summary>
    public static CaseEntity New(CriticalCase criticalCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        return new CaseEntity
        {
            Id = criticalCase.Id,
            TenantId = criticalCase.TenantId,
            Reference = criticalCase.Reference.Value,
            LeadAadObjectId = criticalCase.LeadAadObjectId,
            Stage = criticalCase.Stage.ToString(),
            Json = JsonSerializer.Serialize(CaseDocument.From(criticalCase), DocumentJson),
            Version = criticalCase.Version,
            CreatedAt = now,
            UpdatedAt = now,
            ClosedAt = criticalCase.ClosedAt,
        };
    }

    /// <summary>Copies a changed case into this row and moves the version on (the old version stays the concurrency check).</summary>
    public void Apply(CriticalCase criticalCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        Stage = criticalCase.Stage.ToString();
        Json = JsonSerializer.Serialize(CaseDocument.From(criticalCase), DocumentJson);
        Version = criticalCase.Version + 1;
        UpdatedAt = now;
        ClosedAt = criticalCase.ClosedAt;
    }

    /// <summary>The columns a save of a changed case sets (<see cref="Apply"/> on a row not read): stage, document, next version, dates.</summary>
    public static CaseEntity Changed(CriticalCase criticalCase, DateTimeOffset now)
    {
        var row = New(criticalCase, now);
        row.Version = criticalCase.Version + 1;
        return row;
    }

    /// <summary>The participant rows of a case: its lead and the attendees picked in Teams.</summary>
    public static IEnumerable<CaseParticipantEntity> Participants(CriticalCase criticalCase)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        return criticalCase.ParticipantAadObjectIds.Select(id => new CaseParticipantEntity { CaseId = criticalCase.Id, TenantId = criticalCase.TenantId, AadObjectId = id.ToLowerInvariant() });
    }

    /// <summary>The chat rows of a case: each of its meetings held in a Teams chat, once.</summary>
    public static IEnumerable<CaseMeetingChatEntity> MeetingChats(CriticalCase criticalCase)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        return criticalCase.Meetings.Select(m => m.ChatId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(chat => new CaseMeetingChatEntity { CaseId = criticalCase.Id, TenantId = criticalCase.TenantId, ChatId = chat });
    }

    /// <summary>The case this row holds.</summary>
    public CriticalCase ToCase() => JsonSerializer.Deserialize<CaseDocument>(Json, DocumentJson)!.ToCase(this);

    private static JsonSerializerOptions CreateDocumentJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
