using CaseBot.Cases.CaseFiles;

namespace CaseBot.Cases.Access;

/// <summary>
/// The people a case itself lets see it: its lead and its attendees. Cases have no attendees yet; when meetings are booked,
/// <see cref="Of"/> is the one place that adds them, and the policy needs no change.
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
        return new CaseParticipants(criticalCase.TenantId, criticalCase.LeadAadObjectId);
    }
}
