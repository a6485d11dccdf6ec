namespace CaseBot.Cases.Escalation;

/// <summary>The words of the stuck-case rule: why a case looks stuck, and why that matters. Tests use the same strings.</summary>
public static class EscalationText
{
    /// <summary>Seed 000's trigger ("where a process has or is at risk of becoming stuck, blocked or significantly delayed").</summary>
    public const string StuckIsATrigger =
        "A process that has become, or is at risk of becoming, stuck, blocked or significantly delayed is itself a trigger for a Case Management Meeting.";

    public const string NotEscalated = "Not escalated";
    public const string ReasonRules = "Say why the case's tier changes (up to 200 characters, no medical details).";
    public const string SameTier = "The case is already at that tier.";
    public const string NoSuchTier = "There is no such tier.";
    public const string OnlyTheService = "Only the OH service can escalate a case or step it down.";

    /// <summary>The chronology's entry when the daily check escalates a case: the tier and why.</summary>
    public static string EscalatedByCheck(string tier, IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return $"Escalated to {tier} by the daily check: {string.Join(" and ", reasons)}";
    }

    /// <summary>The chronology's entry when the OH service escalates a case by hand, with its reason.</summary>
    public static string EscalatedByHand(string tier, string reason) => $"Escalated to {tier} by the OH service: {reason}";

    /// <summary>The chronology's entry when the OH service steps a case down by hand, with its reason.</summary>
    public static string SteppedDownByHand(string tier, string reason) => $"Stepped down to {tier} by the OH service: {reason}";

    /// <summary>"Escalated, since 3 Dec 2026" or "Not escalated": a case's tier wherever it is shown.</summary>
    public static string Standing(CaseTier tier, string since)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return tier.IsEscalated ? $"{tier.Name}, since {since}" : NotEscalated;
    }

    /// <summary>"an action is 15 days overdue".</summary>
    public static string OverdueFor(int days) => $"an action is {days} {(days == 1 ? "day" : "days")} overdue";

    /// <summary>"there has been no progress for 4 weeks".</summary>
    public static string NoProgressFor(int weeks) => $"there has been no progress for {weeks} {(weeks == 1 ? "week" : "weeks")}";
}
