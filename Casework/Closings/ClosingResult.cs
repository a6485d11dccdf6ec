using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Closings;

/// <summary>The end of a close or reopen: what happened, why not when refused, and the case as it now stands (null when not found).</summary>
public sealed record ClosingResult(ClosingOutcome Outcome, string? Refusal, CriticalCase? Case)
{
    public bool Succeeded => Outcome is ClosingOutcome.Closed or ClosingOutcome.Reopened;
}
