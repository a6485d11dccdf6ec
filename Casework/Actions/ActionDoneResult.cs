using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Actions;

/// <summary>The end of <see cref="ActionDone.MarkAsync"/>: what happened, and the case as it now stands (null when not found).</summary>
public sealed record ActionDoneResult(ActionDoneOutcome Outcome, CriticalCase? Case);
