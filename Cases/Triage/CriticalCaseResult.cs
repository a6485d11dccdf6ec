namespace CaseBot.Cases.Triage;

/// <summary>Whether the case is critical, and the reasons that led there.</summary>
public sealed record CriticalCaseResult(bool IsCritical, IReadOnlyList<Reason> Reasons);
