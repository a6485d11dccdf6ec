using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Dialogs.Closing;

/// <summary>The fixed words of "close REF" and "reopen REF". Tests use the same strings.</summary>
public static class ClosingDialogText
{
    public const string AskOutcome = "How did the case end?";
    public const string OutcomeHelp = "Pick where the person's work stands now, or Other to say in a few words. Say nothing about their health: CaseBot holds no medical details.";
    public const string AskOtherReason = "In a few words, how did it end? (Up to 200 characters; no names or medical details.)";
    public const string OtherReasonHelp = "For example: moved to a partner organisation. This stays with the case; the OH service's figures count the outcome only.";
    public const string AskReopenReason = "Why is the case reopened? (Up to 200 characters; no medical details.)";
    public const string ReopenReasonHelp = "For example: the redeployment fell through. The reason goes in the case's chronology.";
    public const string CaseChanged = "Someone else kept changing this case at the same moment, so nothing was changed. Please try again.";

    public static string NeedsReference(string command) => $"Which case? Type **{command}** and the case reference, e.g. {command} HR-2026-0142.";

    public static string Closed(CaseReference reference, CaseOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"Case {reference.Value} is closed: {OutcomeCatalogue.Name(outcome)}. Its records are kept for the retention period from today; type **reopen {reference.Value}** if it needs to start again.";
    }

    public static string Reopened(CaseReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"Case {reference.Value} is open again. Type **status {reference.Value}** to see where it stands.";
    }
}
