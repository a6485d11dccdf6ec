namespace CaseBot.Cases.CriticalCases;

/// <summary>Where critical cases are kept. Saves are optimistic: a stale <see cref="CriticalCase.Version"/> fails with <see cref="CaseConflictException"/>.</summary>
public interface ICaseRepository
{
    /// <summary>Adds a new case; fails with <see cref="DuplicateCaseReferenceException"/> when the tenant already has one with that reference.</summary>
    Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken);

    Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken);

    Task<CriticalCase?> FindByIdAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a changed case if nobody else saved it since it was read (same <see cref="CriticalCase.Version"/>), else throws
    /// <see cref="CaseConflictException"/> and saves nothing. Read the case again after saving to change it again.
    /// </summary>
    /// <param name="criticalCase">The changed case.</param>
    /// <param name="actorAadObjectId">Who made the change (for the audit), or a job's name.</param>
    /// <param name="notices">Messages to deliver because of the change; saved in the same transaction (none saved if the case is not).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task UpdateAsync(CriticalCase criticalCase, string actorAadObjectId, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken);

    /// <summary>Saves a changed case that sends no messages; see the overload with notices.</summary>
    Task UpdateAsync(CriticalCase criticalCase, string actorAadObjectId, CancellationToken cancellationToken)
        => UpdateAsync(criticalCase, actorAadObjectId, [], cancellationToken);

    /// <summary>Every case at one of these stages, across tenants, oldest update first, in pages (for scheduled jobs).</summary>
    IAsyncEnumerable<CriticalCase> ListByStageAsync(IReadOnlyCollection<CaseStage> stages, CancellationToken cancellationToken);

    /// <summary>
    /// The case with a meeting held in the Teams chat <paramref name="chatId"/> ("19:meeting_...@thread.v2") in the tenant, if any: how
    /// a meeting's start and end events, which Teams posts in that chat, find their case.
    /// </summary>
    Task<CriticalCase?> FindByMeetingChatAsync(string tenantId, string chatId, CancellationToken cancellationToken);

    /// <summary>The cases in the tenant that this person leads or attends (not cancelled), newest activity first.</summary>
    Task<IReadOnlyList<CriticalCase>> ListForParticipantAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);
}
