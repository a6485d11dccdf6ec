using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Casework.Openings;

/// <summary>A new critical case, opened by the manager who triaged it (its lead), under a reference unique in their tenant.</summary>
public sealed class CaseOpenings(ICaseRepository cases, TimeProvider time)
{
    /// <summary>True when the caller's tenant has no case under <paramref name="reference"/> yet.</summary>
    public async Task<bool> IsFreeAsync(CaseCaller caller, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await cases.FindAsync(caller.TenantId, reference, cancellationToken) is null;
    }

    /// <summary>
    /// Opens the case with the caller as its lead. When the reference is taken, the case already saved counts as this opening if it is
    /// the very same one (the turn run again after a crash or a redelivery, or sent again after the conversation could not be saved):
    /// same lead, answers and decision, with nothing done to it since. Anything else under that reference is another case.
    /// </summary>
    public async Task<CaseOpening> OpenAsync(
        CaseCaller caller, CaseReference reference, TriageRecord triage, MeetingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var opened = CriticalCase.Open(Guid.NewGuid(), reference, caller.AadObjectId, caller.TenantId, triage, decision, time.GetUtcNow());
        try
        {
            await cases.AddAsync(opened, cancellationToken);
            return new CaseOpening(opened);
        }
        catch (DuplicateCaseReferenceException)
        {
            var existing = await cases.FindAsync(opened.TenantId, opened.Reference, cancellationToken);
            return new CaseOpening(existing is not null && existing.IsSameOpeningAs(opened) ? existing : null);
        }
    }
}
