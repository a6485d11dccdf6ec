using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Access;

/// <summary>
/// The people a case itself lets see it: its lead and the attendees (picked in Teams) of its meetings that were not cancelled.
/// </summary>
public sealed record CaseParticipants
{
    public CaseParticipants(string tenantId, string leadAadObjectId, IEnumerable<string>? attendeeAadObjectIds = null)
    {
        TenantId = tenantId ?? throw new ArgumentNullException(nameof(tenantId));
        LeadAadObjectId = leadAadObjectId ?? throw new ArgumentNullException(nameof(leadAadObjectId));
        AttendeeAadObjectIds = new HashSet<string>(attendeeAadObjectIds ?? [], StringComparer.OrdinalIgnoreCase);
    }

    public string TenantId { get; }

    public string LeadAadObjectId { get; }

    public IReadOnlySet<string> AttendeeAadObjectIds { get; }

    public static CaseParticipants Of(CriticalCase criticalCase)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        return new CaseParticipants(criticalCase.TenantId, criticalCase.LeadAadObjectId, criticalCase.ParticipantAadObjectIds.Where(id => !criticalCase.IsLead(id)));
    }
}
