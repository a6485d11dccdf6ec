using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Queues notices about a case without saving the case: for messages that change nothing in it (a stuck-case nudge). Saving the case
/// instead would move its version on (making a user's concurrent change fail) and audit a change that did not happen. Changes that
/// send notices go through <see cref="ICaseRepository.UpdateAsync(CriticalCase, string, IReadOnlyList{CaseNotice}, CancellationToken)"/>.
/// </summary>
public interface ICaseNoticeQueue
{
    /// <summary>Queues the notices whose dedup key is new; returns how many were queued.</summary>
    Task<int> EnqueueAsync(CriticalCase criticalCase, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken);
}
