namespace CaseBot.Cases.Triage;

/// <summary>Stable codes of the triage <see cref="Reason"/>s, for records, cards and tests. Never change a published value.</summary>
public static class TriageReasonCodes
{
    public const string DefinitionMet = "definition-met";
    public const string TriggerMet = "trigger-met";
    public const string Exceptional = "exceptional";
    public const string NeedsSupport = "needs-support";
    public const string JoinedUp = "joined-up";
    public const string NotExceptional = "not-exceptional";
    public const string Progressing = "progressing";
    public const string NoTrigger = "no-trigger";
    public const string TriggerAlone = "trigger-alone";
    public const string JoinedUpNotEnough = "joined-up-not-enough";
    public const string TriggerPrefix = "trigger:";

    /// <summary>The code of the reason naming one trigger, e.g. "trigger:TerminalIllness".</summary>
    public static string ForTrigger(Trigger trigger) => TriggerPrefix + trigger;
}
