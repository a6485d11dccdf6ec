namespace CaseBot.Cases.Triage;

/// <summary>Whether the case is critical, the reasons that led there, and, when it is not, where to go instead.</summary>
/// <param name="IsCritical">The case is critical: arrange a Case Management Meeting or Case Conference.</param>
/// <param name="Reasons">The answers and triggers behind the result; the first reason is the deciding one when critical.</param>
/// <param name="Signpost">Null when critical; otherwise <see cref="TriageText.UsualRoute"/> (the usual route and the OH advice line).</param>
public sealed record CriticalCaseResult(bool IsCritical, IReadOnlyList<Reason> Reasons, string? Signpost = null);
