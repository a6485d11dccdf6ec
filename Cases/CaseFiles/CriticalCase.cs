using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.CaseFiles;

/// <summary>
/// A critical case: its reference, who leads it, the triage that made it critical, the meeting decided on, and its chronology.
/// State changes go through methods; <see cref="Version"/> guards against concurrent changes (a stale save fails).
/// </summary>
public sealed class CriticalCase
{
    private readonly List<ChronologyEntry> _chronology;

    private CriticalCase(Guid id, CaseReference reference, string leadAadObjectId, string tenantId, TriageRecord triage, MeetingDecision decision, CaseStage stage, List<ChronologyEntry> chronology, long version)
    {
        Id = id;
        Reference = reference;
        LeadAadObjectId = leadAadObjectId;
        TenantId = tenantId;
        Triage = triage;
        Decision = decision;
        Stage = stage;
        _chronology = chronology;
        Version = version;
    }

    public Guid Id { get; }

    public CaseReference Reference { get; }

    /// <summary>The Entra object id of the person who opened the case (the lead's organiser on CaseBot).</summary>
    public string LeadAadObjectId { get; }

    public string TenantId { get; }

    public TriageRecord Triage { get; }

    public MeetingDecision Decision { get; private set; }

    public CaseStage Stage { get; private set; }

    public IReadOnlyList<ChronologyEntry> Chronology => _chronology;

    public long Version { get; }

    public DateTimeOffset LastActivity => _chronology.Count > 0 ? _chronology.Max(e => e.At) : DateTimeOffset.MinValue;

    /// <summary>Opens a case from a completed triage and the manager's decision; the chronology starts with both.</summary>
    public static CriticalCase Open(Guid id, CaseReference reference, string leadAadObjectId, string tenantId, TriageRecord triage, MeetingDecision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var chronology = new List<ChronologyEntry>
        {
            new(now, ChronologyKind.Triaged, CaseText.Triaged),
            new(now, ChronologyKind.MeetingRecommended, CaseText.Recommended(decision.Recommended.Type)),
            new(now, ChronologyKind.MeetingDecided, CaseText.Decided(decision)),
        };
        return new CriticalCase(id, reference, leadAadObjectId, tenantId, triage, decision, CaseStage.MeetingRecommended, chronology, 0);
    }

    /// <summary>Rebuilds a stored case (for repositories).</summary>
    public static CriticalCase Restore(Guid id, CaseReference reference, string leadAadObjectId, string tenantId, TriageRecord triage, MeetingDecision decision, CaseStage stage, IEnumerable<ChronologyEntry> chronology, long version)
        => new(id, reference, leadAadObjectId, tenantId, triage, decision, stage, [.. chronology], version);

    public void AddKeyDate(DateTimeOffset at, string summary)
    {
        if (string.IsNullOrWhiteSpace(summary) || summary.Length > 200)
        {
            throw new CaseRuleException(CaseText.KeyDateRules);
        }

        _chronology.Add(new ChronologyEntry(at, ChronologyKind.KeyDate, summary.Trim()));
    }
}
