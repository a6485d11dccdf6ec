using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Audit;

/// <summary>
/// One audited event: when, in which tenant, who (Entra object id), what, to which case, and how it ended. Every field is an id,
/// a code or a validated <see cref="CaseReference"/>: there is no place for free text, names or health details.
/// </summary>
public sealed record AuditEntry
{
    public const int MaxIdLength = 128;

    /// <summary>The actor recorded when a channel sent no id at all (better an entry that says so than no entry).</summary>
    public const string UnknownActor = "unknown";

    public AuditEntry(DateTimeOffset at, string tenantId, string actorAadObjectId, AuditAction action, AuditOutcome outcome, Guid? caseId, CaseReference? caseReference)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorAadObjectId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tenantId.Length, MaxIdLength, nameof(tenantId));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(actorAadObjectId.Length, MaxIdLength, nameof(actorAadObjectId));
        At = at;
        TenantId = tenantId;
        ActorAadObjectId = actorAadObjectId;
        Action = action;
        Outcome = outcome;
        CaseId = caseId;
        CaseReference = caseReference;
    }

    public DateTimeOffset At { get; }

    public string TenantId { get; }

    public string ActorAadObjectId { get; }

    public AuditAction Action { get; }

    public AuditOutcome Outcome { get; }

    /// <summary>Null when no case was found.</summary>
    public Guid? CaseId { get; }

    /// <summary>The reference asked for or saved; null only for events about no particular reference.</summary>
    public CaseReference? CaseReference { get; }
}
