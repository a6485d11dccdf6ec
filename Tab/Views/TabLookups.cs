using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Escalations;
using CaseBot.Casework.Lookups;

namespace CaseBot.Tab.Views;

/// <summary>
/// "Look up" on the board: the reference is looked up exactly as "status REF" does (<see cref="CaseLookups"/>: the same access policy,
/// the same audit entry, the same answer for a missing case and one the caller may not see). When nothing is shown, the references
/// that start with what was typed are offered: any in the tenant for advice-line staff and admins (who may see every case), else
/// only among the caller's own cases. Each offered reference is looked up, and audited, when it is opened.
/// </summary>
internal sealed class TabLookups(CaseLookups lookups, CaseEscalations escalations, AdviceLineHours ukHours)
{
    public async Task<LookupAnswer> LookUpAsync(CaseCaller caller, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(reference);
        var lookup = await lookups.LookUpAsync(caller, reference, cancellationToken);
        if (lookup.Shown is { } found)
        {
            var view = CaseView.Of(found, lookup.At, ukHours.Zone, caller.AadObjectId);
            if (found.Stage != CaseStage.Closed && await escalations.MayChangeAsync(caller, cancellationToken))
            {
                var ladder = escalations.Tiers;
                view = view with { Tiers = new TierChoice(found.Tier.Level, [.. Enumerable.Range(0, ladder.Top + 1).Select(l => (l, ladder.Name(l)))]) };
            }

            return new LookupAnswer(reference, view, []);
        }

        return new LookupAnswer(reference, null, await lookups.StartingWithAsync(caller, reference.Value, cancellationToken));
    }
}
