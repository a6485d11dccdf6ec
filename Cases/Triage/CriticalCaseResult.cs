namespace CaseBot.Cases.Triage;

/// <summary>
/// Whether the case is critical and the reasons that led there. When it is not, where to go instead is <see cref="TriageText.UsualRoute"/>,
/// which names the advice line's configured hours and so is rendered by whoever knows them, not carried here.
/// </summary>
/// <param name="IsCritical">The case is critical: arrange a Case Management Meeting or Case Conference.</param>
/// <param name="Reasons">The answers and triggers behind the result; the first reason is the deciding one when critical.</param>
public sealed record CriticalCaseResult(bool IsCritical, IReadOnlyList<Reason> Reasons);
