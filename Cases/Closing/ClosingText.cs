namespace CaseBot.Cases.Closing;

/// <summary>The plain words of the closing and reopening rules, and their chronology entries. Tests use the same strings.</summary>
public static class ClosingText
{
    public const string OutcomeRequired = "Choose how the case ended.";
    public const string OtherNeedsReason = "Say in a few words how the case ended (up to 200 characters, no medical details).";
    public const string OnlyLeadReopens = "Only the case's lead can reopen it.";
    public const string NotClosed = "This case is not closed.";
    public const string ReopenNeedsReason = "Say why the case is reopened (up to 200 characters, no medical details).";

    /// <summary>The chronology's entry for a closing: the outcome's name (an "other" reason is kept with the closure, not here).</summary>
    public static string Closed(CaseOutcome outcome) => $"Case closed: {OutcomeCatalogue.Name(outcome)}";

    /// <summary>The chronology's entry for a reopening, with the lead's reason.</summary>
    public static string Reopened(string reason) => $"Case reopened by the lead: {reason}";
}
