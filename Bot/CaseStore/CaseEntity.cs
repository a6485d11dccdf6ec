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

    /// <summary>When the lead closed the case; retention counts from here; null while open (the OH service's list is of those rows).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The OH service's list filters and orders on these (<see cref="CaseloadColumns"/>), written in the same save as the case.</summary>
    public string MeetingType { get; set; } = string.Empty;

    public int TierLevel { get; set; }

    /// <summary>When the case last moved (<see cref="CriticalCase.ProgressFrom"/>).</summary>
    public DateTimeOffset ProgressAt { get; set; }

    /// <summary>The booked meeting's start; null when none is booked.</summary>
    public DateTimeOffset? NextMeetingAt { get; set; }

    /// <summary>The earliest due day of an open action (<see cref="DateOnly.DayNumber"/>); null when none is open.</summary>
    public int? EarliestDueDay { get; set; }

    /// <summary>The <see cref="CaseloadColumns.Version"/> the columns above were written by; 0 for rows saved before they existed.</summary>
    public int ColumnsVersion { get; set; }

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
        }.WithCaseloadColumns(criticalCase);
    }

    /// <summary>Sets the OH service's columns from <paramref name="criticalCase"/>.</summary>
    public CaseEntity WithCaseloadColumns(CriticalCase criticalCase)
    {
        var columns = CaseloadColumns.Of(criticalCase);
        (MeetingType, TierLevel, ProgressAt, NextMeetingAt, EarliestDueDay, ColumnsVersion) =
            (columns.MeetingType, columns.TierLevel, columns.ProgressAt, columns.NextMeetingAt, columns.EarliestDueDay, CaseloadColumns.Version);
        return this;
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
        WithCaseloadColumns(criticalCase);
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
