using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Escalations;

/// <summary>The end of a tier change: what happened, why not when refused, and the case as it now stands (null when not found).</summary>
public sealed record TierChangeResult(TierChangeOutcome Outcome, string? Refusal, CriticalCase? Case);
