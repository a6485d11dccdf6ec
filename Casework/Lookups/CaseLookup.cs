using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Lookups;

/// <summary>What a lookup found: the policy's decision, the case only when it may be shown, and when the lookup was made.</summary>
public sealed record CaseLookup(CaseAccessDecision Decision, CriticalCase? Case, DateTimeOffset At)
{
    /// <summary>The case to show; null for a missing case and for one the caller may not see alike.</summary>
    public CriticalCase? Shown => Decision.MayShow ? Case : null;
}
