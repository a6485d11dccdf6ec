namespace CaseBot.Cases.Triage;

/// <summary>The manager's answers to the critical-case questions.</summary>
/// <param name="IsExceptional">The case is exceptional.</param>
/// <param name="NeedsSupportOrStuck">It requires extra support, has become entrenched, or is not making progress.</param>
/// <param name="JoinedUpWorkingWouldHelp">A specific risk or existing problem would be resolved or better managed by joined-up working across team, departmental or organisational boundaries.</param>
/// <param name="Triggers">The trigger circumstances that apply (may be empty).</param>
/// <param name="OtherTrigger">The manager's short description when <see cref="Trigger.Other"/> applies.</param>
public sealed record CriticalCaseAnswers(
    bool IsExceptional,
    bool NeedsSupportOrStuck,
    bool JoinedUpWorkingWouldHelp,
    IReadOnlySet<Trigger> Triggers,
    OtherTrigger? OtherTrigger = null)
{
    public bool HasTriggers => Triggers.Count > 0;
}
