using CaseBot.Cases;
using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Casework.Changes;
using Microsoft.Extensions.Logging;

namespace CaseBot.Casework.Escalations;

/// <summary>
/// The OH service escalates a case or steps it down by hand, with a reason: only people in the service role (anyone else is answered as
/// for a missing case), through <see cref="CaseChanges"/>; the change is in the chronology, audited (case.escalated, case.stepped-down)
/// and announced in the same save to the case's lead and the contacts of the tier it left and the tier it reached.
/// </summary>
public sealed partial class CaseEscalations(
    CaseAccessPolicy access, CaseChanges changes, EscalationTiers tiers, ITierNotices notices, TimeProvider time, ILogger<CaseEscalations> logger)
{
    /// <summary>The ladder: what the service may choose from (level 0, "Not escalated", to the top tier).</summary>
    public EscalationTiers Tiers => tiers;

    /// <summary>Whether <paramref name="caller"/> is the OH service, who may change a case's tier (the doors offer it to no one else).</summary>
    public async Task<bool> MayChangeAsync(CaseCaller caller, CancellationToken cancellationToken)
        => (await access.RolesAsync(caller, cancellationToken)).HasFlag(CallerRoles.Service);

    public async Task<TierChangeResult> ChangeAsync(CaseCaller caller, Guid caseId, int level, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!await MayChangeAsync(caller, cancellationToken))
        {
            LogChange(logger, TierChangeOutcome.NotFound);
            return new TierChangeResult(TierChangeOutcome.NotFound, CaseText.NoCaseFound, null);
        }

        if (level < 0 || level > tiers.Top)
        {
            return new TierChangeResult(TierChangeOutcome.Refused, EscalationText.NoSuchTier, null);
        }

        var result = await changes.ApplyAsync(caseId, caller, criticalCase =>
        {
            var before = criticalCase.Tier.Level;
            try
            {
                criticalCase.ChangeTier(level, level == 0 ? string.Empty : tiers.Name(level), reason, time.GetUtcNow());
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<string?>.Unchanged(ex.Message);
            }

            var recipients = tiers.ContactsOf(before).Concat(tiers.ContactsOf(level)).Append(criticalCase.LeadAadObjectId)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return CaseChange<string?>.Saved(null, notices.ForTierChange(criticalCase, recipients));
        }, cancellationToken);
        var change = result.Status switch
        {
            CaseChangeStatus.Saved => new TierChangeResult(TierChangeOutcome.Changed, null, result.Case),
            CaseChangeStatus.Unchanged => new TierChangeResult(TierChangeOutcome.Refused, result.Result, result.Case),
            CaseChangeStatus.Conflict => new TierChangeResult(TierChangeOutcome.CaseChanged, null, result.Case),
            _ => new TierChangeResult(TierChangeOutcome.NotFound, CaseText.NoCaseFound, null),
        };
        LogChange(logger, change.Outcome);
        return change;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tier change by hand answered: {Outcome}")]
    private static partial void LogChange(ILogger logger, TierChangeOutcome outcome);
}
