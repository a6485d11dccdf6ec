namespace CaseBot.Cases.Escalation;

/// <summary>The words of the stuck-case rule: why a case looks stuck, and why that matters. Tests use the same strings.</summary>
public static class EscalationText
{
    /// <summary>Seed 000's trigger ("where a process has or is at risk of becoming stuck, blocked or significantly delayed").</summary>
    public const string StuckIsATrigger =
        "A process that has become, or is at risk of becoming, stuck, blocked or significantly delayed is itself a trigger for a Case Management Meeting.";

    /// <summary>"an action is 15 days overdue".</summary>
    public static string OverdueFor(int days) => $"an action is {days} {(days == 1 ? "day" : "days")} overdue";

    /// <summary>"there has been no progress for 4 weeks".</summary>
    public static string NoProgressFor(int weeks) => $"there has been no progress for {weeks} {(weeks == 1 ? "week" : "weeks")}";
}
