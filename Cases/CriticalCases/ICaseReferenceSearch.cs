namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// Finds case references by their start, for a search box ("HR-2026" lists HR-2026-0142 and its neighbours). References only: the
/// caller looks each case up (access check and audit) before anything about it is shown.
/// </summary>
public interface ICaseReferenceSearch
{
    /// <summary>
    /// The tenant's references that start with <paramref name="prefix"/> (compared as stored: upper case, ordinal), in order, at most
    /// <paramref name="limit"/>. With <paramref name="participantAadObjectId"/>, only cases that person leads or attends.
    /// </summary>
    Task<IReadOnlyList<CaseReference>> StartingWithAsync(string tenantId, string prefix, string? participantAadObjectId, int limit, CancellationToken cancellationToken);
}
