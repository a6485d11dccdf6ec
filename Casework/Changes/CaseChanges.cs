using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Lookups;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Changes;

/// <summary>
/// The one way a case is changed, by people and by the daily jobs alike: the change decides on a freshly read case (and may change
/// it), and the case is saved with its notices. A save that loses a race (the case's version moved on) is retried on a fresh read, up
/// to <see cref="MaxAttempts"/> times with a growing random wait, so concurrent clicks on one card all land; changes on this instance
/// queue per case first (<see cref="CaseLocks"/>).
/// </summary>
public sealed partial class CaseChanges
{
    public const int MaxAttempts = 8;

    private readonly ICaseRepository _cases;
    private readonly CaseLookups _lookups;
    private readonly CaseLocks _locks;
    private readonly ILogger<CaseChanges> _logger;

    public CaseChanges(ICaseRepository cases, CaseLookups lookups, CaseLocks locks, ILogger<CaseChanges> logger)
    {
        _cases = cases;
        _lookups = lookups;
        _locks = locks;
        _logger = logger;
    }

    /// <summary>The wait before attempt n + 1: random, growing (5 ms up to 640 ms); tests set it to zero.</summary>
    internal Func<int, TimeSpan> Backoff { get; init; } = attempt => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 << Math.Min(attempt, 5)));

    /// <summary>A person's change to a case they may see (lead, attendee, staff, admin); a case they may not see is <see cref="CaseChangeStatus.Missing"/>.</summary>
    /// <param name="caseId">The case to change.</param>
    /// <param name="caller">Who is changing it; also the actor of the save.</param>
    /// <param name="change">Decides on a freshly read case (and may change it); run again after a lost race, so it must not have other effects.</param>
    /// <param name="cancellationToken">Cancels reads, saves and waits.</param>
    public Task<CaseChangeResult<T>> ApplyAsync<T>(Guid caseId, CaseCaller caller, Func<CriticalCase, CaseChange<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return ApplyCoreAsync(caseId, null, caller.AadObjectId, ct => _lookups.FindForAsync(caller, caseId, ct), change, cancellationToken);
    }

    /// <summary>
    /// A change by CaseBot itself (a daily job, a chat's membership change), not on anyone's behalf, so no access check: the first
    /// attempt decides on <paramref name="current"/> as already read, later ones on a fresh read.
    /// </summary>
    /// <param name="current">The case as the caller already read it.</param>
    /// <param name="actor">Who the audit names, e.g. "job:reminders".</param>
    /// <param name="change">As for a person's change: run again after a lost race.</param>
    /// <param name="cancellationToken">Cancels reads, saves and waits.</param>
    public Task<CaseChangeResult<T>> ApplyAsync<T>(CriticalCase current, string actor, Func<CriticalCase, CaseChange<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return ApplyCoreAsync(current.Id, current, actor, ct => _cases.FindByIdAsync(current.Id, ct), change, cancellationToken);
    }

    private async Task<CaseChangeResult<T>> ApplyCoreAsync<T>(
        Guid caseId, CriticalCase? first, string actor, Func<CancellationToken, Task<CriticalCase?>> read, Func<CriticalCase, CaseChange<T>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var gate = await _locks.EnterAsync(caseId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var criticalCase = attempt == 1 && first is not null ? first : await read(cancellationToken);
            if (criticalCase is null)
            {
                return CaseChangeResult<T>.Missing;
            }

            var decided = change(criticalCase);
            if (!decided.Save)
            {
                return new(CaseChangeStatus.Unchanged, criticalCase, decided.Result);
            }

            try
            {
                await _cases.UpdateAsync(criticalCase, actor, decided.Notices, cancellationToken);
                return new(CaseChangeStatus.Saved, criticalCase, decided.Result);
            }
            catch (CaseConflictException) when (attempt < MaxAttempts)
            {
                LogRetry(_logger, attempt);

                // Wall-clock backoff with jitter, not the domain clock: it only spreads out racing saves.
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
            catch (CaseConflictException)
            {
                LogGaveUp(_logger, attempt);
                return new(CaseChangeStatus.Conflict, await read(cancellationToken), default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case save lost a race on attempt {Attempt}; reading it again")]
    private static partial void LogRetry(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case save lost a race {Attempts} times; nothing saved")]
    private static partial void LogGaveUp(ILogger logger, int attempts);
}
