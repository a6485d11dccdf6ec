namespace CaseBot.Cases.Triage;

/// <summary>
/// Decides whether a case is critical. The policy: "A critical case is an exceptional one that requires extra support, has become
/// entrenched or is not making progress. There may be a specific risk, or an existing problem, that will be resolved or better
/// managed by joined up working across team, departmental, or organisational boundaries." and "A Case Management Meeting or Case
/// Conference may be triggered by one or more of the following circumstances (this list is not exhaustive)".
/// <para>The rule:</para>
/// <list type="number">
/// <item>Critical when the case is exceptional <i>and</i> needs extra support, is entrenched or is not progressing (the definition).</item>
/// <item>Also critical when any trigger circumstance applies together with <i>either</i> half of the definition: the triggers are
/// the policy's own examples of when the meeting is needed, so a trigger stands in for the missing half.</item>
/// <item>A trigger alone, in a case that is neither exceptional nor needing support, goes by the usual route: the policy first asks
/// for "an exceptional one", and a trigger in a case that is progressing normally is what the usual route is for.</item>
/// <item>Joined-up working is a supporting reason, never enough on its own: the policy says there "may be" such a risk or problem.</item>
/// </list>
/// Not critical: the reasons say which part is missing; the conversation then signposts <see cref="TriageText.UsualRoute"/>.
/// </summary>
public static class CriticalCaseAssessment
{
    /// <exception cref="CaseRuleException"><see cref="Trigger.Other"/> is chosen without a valid description.</exception>
    public static CriticalCaseResult Assess(CriticalCaseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(answers.Triggers);
        var other = answers.Triggers.Contains(Trigger.Other) ? new OtherTrigger(answers.OtherDescription) : null;
        var exceptional = answers.IsExceptional;
        var needsSupport = answers.NeedsExtraSupportOrEntrenchedOrNotProgressing;
        var definitionMet = exceptional && needsSupport;
        var triggered = answers.HasTriggers && (exceptional || needsSupport);
        if (!definitionMet && !triggered)
        {
            return new CriticalCaseResult(false, NotCriticalReasons(answers));
        }

        var reasons = new List<Reason>
        {
            definitionMet
                ? new(TriageReasonCodes.DefinitionMet, TriageText.ReasonDefinitionMet)
                : new(TriageReasonCodes.TriggerMet, TriageText.ReasonTriggerMet),
        };
        if (exceptional)
        {
            reasons.Add(new(TriageReasonCodes.Exceptional, TriageText.ReasonExceptional));
        }

        if (needsSupport)
        {
            reasons.Add(new(TriageReasonCodes.NeedsSupport, TriageText.ReasonNeedsSupport));
        }

        foreach (var trigger in answers.Triggers.Order())
        {
            var text = other is not null && trigger == Trigger.Other
                ? TriageText.OtherTriggerReason(other.Description)
                : TriggerCatalogue.Wording(trigger);
            reasons.Add(new(TriageReasonCodes.ForTrigger(trigger), text));
        }

        if (answers.JoinedUpWorkingWouldHelp)
        {
            reasons.Add(new(TriageReasonCodes.JoinedUp, TriageText.ReasonJoinedUp));
        }

        return new CriticalCaseResult(true, reasons);
    }

    private static List<Reason> NotCriticalReasons(CriticalCaseAnswers answers)
    {
        var reasons = new List<Reason>();
        if (!answers.IsExceptional)
        {
            reasons.Add(new(TriageReasonCodes.NotExceptional, TriageText.ReasonNotExceptional));
        }

        if (!answers.NeedsExtraSupportOrEntrenchedOrNotProgressing)
        {
            reasons.Add(new(TriageReasonCodes.Progressing, TriageText.ReasonProgressing));
        }

        reasons.Add(answers.HasTriggers
            ? new(TriageReasonCodes.TriggerAlone, TriageText.ReasonTriggerAlone)
            : new(TriageReasonCodes.NoTrigger, TriageText.ReasonNoTrigger));
        if (answers.JoinedUpWorkingWouldHelp)
        {
            reasons.Add(new(TriageReasonCodes.JoinedUpNotEnough, TriageText.ReasonJoinedUpNotEnough));
        }

        return reasons;
    }
}
