namespace CaseBot.Cases.Triage;

/// <summary>The manager's answers to the critical-case questions.</summary>
/// <param name="IsExceptional">The case is exceptional.</param>
/// <param name="NeedsExtraSupportOrEntrenchedOrNotProgressing">It requires extra support, has become entrenched, or is not making progress.</param>
/// <param name="JoinedUpWorkingWouldHelp">A specific risk or existing problem would be resolved or better managed by joined-up working across team, departmental or organisational boundaries.</param>
/// <param name="Triggers">The trigger circumstances that apply (may be empty).</param>
/// <param name="OtherDescription">The manager's short description; required when <paramref name="Triggers"/> holds <see cref="Trigger.Other"/>, ignored otherwise.</param>
public sealed record CriticalCaseAnswers(
    bool IsExceptional,
    bool NeedsExtraSupportOrEntrenchedOrNotProgressing,
    bool JoinedUpWorkingWouldHelp,
    IReadOnlySet<Trigger> Triggers,
    string? OtherDescription = null)
{
    public bool HasTriggers => Triggers.Count > 0;

    /// <summary>The description as a validated <see cref="Triage.OtherTrigger"/>; null when there is no valid description.</summary>
    public OtherTrigger? OtherTrigger => Triage.OtherTrigger.IsValid(OtherDescription) ? new Triage.OtherTrigger(OtherDescription) : null;
}
