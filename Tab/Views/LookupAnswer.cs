using CaseBot.Cases.CriticalCases;

namespace CaseBot.Tab.Views;

/// <summary>
/// What a lookup on the board answers: the case (when the caller may see it), or "no case found" with the references that start with
/// what was typed among the cases the caller may see (never a hint about any other).
/// </summary>
public sealed record LookupAnswer(CaseReference Asked, CaseView? Case, IReadOnlyList<CaseReference> StartingWith);
