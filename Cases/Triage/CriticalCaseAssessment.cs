namespace CaseBot.Cases.Triage;

/// <summary>
/// Decides whether a case is critical. The policy: "A critical case is an exceptional one that requires extra support, has become
/// entrenched or is not making progress. There may be a specific risk, or an existing problem, that will be resolved or better
/// managed by joined up working across team, departmental, or organisational boundaries." and "A Case Management Meeting or Case
/// Conference may be triggered by one or more of the following circumstances (this list is not exhaustive)".
/// <para>
/// So: critical when the case is exceptional <i>and</i> needs extra support, is entrenched or is not progressing (the definition);
/// also critical when a trigger circumstance applies together with either half of the definition, because the triggers are the
/// policy's own examples of when the meeting is needed. A trigger alone, in a case that is neither exceptional nor stuck, is
/// handled by the usual route. Joined-up working is a supporting reason, never enough on its own ("there may be").
/// </para>
/// </summary>
public static class CriticalCaseAssessment
{
    public static CriticalCaseResult Assess(CriticalCaseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var reasons = new List<Reason>();
        if (answers.IsExceptional)
        {
            reasons.Add(new("exceptional", TriageText.ReasonExceptional));
        }

        if (answers.NeedsSupportOrStuck)
        {
            reasons.Add(new("needs-support", TriageText.ReasonNeedsSupport));
        }

        foreach (var trigger in answers.Triggers.Order())
        {
            var wording = trigger == Trigger.Other && answers.OtherTrigger is { } other
                ? $"{TriageText.OtherTriggerWording}: {other.Description}"
                : TriggerCatalogue.Wording(trigger);
            reasons.Add(new("trigger:" + trigger, wording));
        }

        if (answers.JoinedUpWorkingWouldHelp)
        {
            reasons.Add(new("joined-up", TriageText.ReasonJoinedUp));
        }

        var definitionMet = answers.IsExceptional && answers.NeedsSupportOrStuck;
        var triggered = answers.HasTriggers && (answers.IsExceptional || answers.NeedsSupportOrStuck);
        if (definitionMet || triggered)
        {
            reasons.Insert(0, new(definitionMet ? "definition-met" : "trigger-met", definitionMet ? TriageText.ReasonDefinitionMet : TriageText.ReasonTriggerMet));
            return new CriticalCaseResult(true, reasons);
        }

        return new CriticalCaseResult(false, NotCriticalReasons(answers));
    }

    private static List<Reason> NotCriticalReasons(CriticalCaseAnswers answers)
    {
        var reasons = new List<Reason>();
        if (!answers.IsExceptional)
        {
            reasons.Add(new("not-exceptional", TriageText.ReasonNotExceptional));
        }

        if (!answers.NeedsSupportOrStuck)
        {
            reasons.Add(new("progressing", TriageText.ReasonProgressing));
        }

        reasons.Add(answers.HasTriggers
            ? new("trigger-alone", TriageText.ReasonTriggerAlone)
            : new("no-trigger", TriageText.ReasonNoTrigger));
        return reasons;
    }
}
