namespace CaseBot.Cases.CaseFiles;

/// <summary>Where critical cases are kept. Saves are optimistic: a stale <see cref="CriticalCase.Version"/> fails with <see cref="CaseConflictException"/>.</summary>
public interface ICaseRepository
{
    /// <summary>Adds a new case; fails with <see cref="DuplicateCaseReferenceException"/> when the tenant already has one with that reference.</summary>
    Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken);

    Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken);
}
