using CaseBot.Cases.Audit;

namespace CaseBot.Bot.Audit;

/// <summary>
/// A row of the append-only <c>AuditEntries</c> table. Properties are init-only: the application writes a row once and never changes
/// it; nothing in the code updates or deletes these rows.
/// </summary>
public sealed class AuditEntryEntity
{
    /// <summary>Assigned by the database; increases with every append.</summary>
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string TenantId { get; init; }

    public required string ActorAadObjectId { get; init; }

    /// <summary>An <see cref="AuditCodes"/> action code, e.g. case.lookup.</summary>
    public required string Action { get; init; }

    /// <summary>An <see cref="AuditCodes"/> outcome code, e.g. not-found.</summary>
    public required string Outcome { get; init; }

    public Guid? CaseId { get; init; }

    public string? CaseReference { get; init; }

    public static AuditEntryEntity From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditEntryEntity
        {
            At = entry.At,
            TenantId = entry.TenantId,
            ActorAadObjectId = entry.ActorAadObjectId,
            Action = AuditCodes.Code(entry.Action),
            Outcome = AuditCodes.Code(entry.Outcome),
            CaseId = entry.CaseId,
            CaseReference = entry.CaseReference?.Value,
        };
    }

    public AuditRecord ToRecord() => new(
        Id,
        new AuditEntry(
            At, TenantId, ActorAadObjectId, AuditCodes.Action(Action), AuditCodes.Outcome(Outcome), CaseId,
            CaseReference is null ? null : CaseBot.Cases.CriticalCases.CaseReference.Parse(CaseReference)));
}
