using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// Reads a case the caller may see and applies a change to it, saving with its notices. A save that loses a race (the case's version
/// moved on) is retried on a fresh read, so concurrent clicks on one card all land; changes on this instance queue per case first.
/// </summary>
internal sealed partial class CaseChanges(ICaseRepository cases, CaseAccessPolicy access, CaseLocks locks, ILogger<CaseChanges> logger)
{
    public const int MaxAttempts = 8;

    /// <summary>The wait before attempt n + 1: random, growing (5 ms up to 640 ms); tests set it to zero.</summary>
    internal Func<int, TimeSpan> Backoff { get; init; } = attempt => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 << Math.Min(attempt, 5)));

    /// <summary>The case if it exists in the caller's tenant and the caller may see it (lead, attendee, staff, admin); else null.</summary>
    public async Task<CriticalCase?> ReadAsync(Guid caseId, CaseCaller caller, CancellationToken cancellationToken)
    {
        var found = await cases.FindByIdAsync(caseId, cancellationToken);
        return found is not null && await MayShowAsync(caller, found, cancellationToken) ? found : null;
    }

    /// <param name="caseId">The case to change.</param>
    /// <param name="caller">Who is changing it; also the actor of the save.</param>
    /// <param name="change">Decides on a freshly read case (and may change it); run again after a lost race, so it must not have other effects.</param>
    /// <param name="cancellationToken">Cancels reads, saves and waits.</param>
    public async Task<CaseChangeResult<T>> ApplyAsync<T>(Guid caseId, CaseCaller caller, Func<CriticalCase, CaseChange<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        using var gate = await locks.EnterAsync(caseId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var criticalCase = await ReadAsync(caseId, caller, cancellationToken);
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
                await cases.UpdateAsync(criticalCase, caller.AadObjectId, decided.Notices, cancellationToken);
                return new(CaseChangeStatus.Saved, criticalCase, decided.Result);
            }
            catch (CaseConflictException) when (attempt < MaxAttempts)
            {
                LogRetry(logger, attempt);

                // Wall-clock backoff with jitter, not the domain clock: it only spreads out racing saves.
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
            catch (CaseConflictException)
            {
                LogGaveUp(logger, attempt);
                return new(CaseChangeStatus.Conflict, await ReadAsync(caseId, caller, cancellationToken), default);
            }
        }
    }

    // A participant needs no role lookup (which may call Graph); anyone else is decided by the policy.
    private async Task<bool> MayShowAsync(CaseCaller caller, CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        var participants = CaseParticipants.Of(criticalCase);
        var asParticipant = CaseAccessPolicy.Decide(caller, CallerRoles.None, participants);
        return asParticipant.MayShow || (asParticipant.Outcome != CaseAccessOutcome.NotFound && (await access.DecideAsync(caller, participants, cancellationToken)).MayShow);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case save lost a race on attempt {Attempt}; reading it again")]
    private static partial void LogRetry(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case save lost a race {Attempts} times; nothing saved")]
    private static partial void LogGaveUp(ILogger logger, int attempts);
}
