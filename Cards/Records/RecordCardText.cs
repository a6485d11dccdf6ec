using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Records;

/// <summary>The words of the record form and the record summary. Tests use the same strings.</summary>
public static class RecordCardText
{
    public const string DecisionsLabel = "Decisions (one per line)";
    public const string DecisionsPlaceholder = "e.g. Phased return over four weeks agreed";
    public const string ActionPlaceholder = "What needs doing (no medical details)";
    public const string OwnerLabel = "Owner";
    public const string OwnerPlaceholder = "Choose the owner";
    public const string DueLabel = "Due";
    public const string FormHint = "Leave an action blank to skip it. Each action needs an owner (an attendee picked in Teams) and a due date.";
    public const string Save = "Save the record";
    public const string Decisions = "Decisions";
    public const string NoDecisions = "No decisions were recorded.";
    public const string Actions = "Agreed actions";
    public const string NoActionsAgreed = "No actions were agreed.";
    public const string Confirmations = "Confirmed by";
    public const string Confirmed = "Confirmed";
    public const string CorrectionAsked = "Asked for a correction";
    public const string NotAnswered = "Not answered yet";
    public const string Confirm = "Confirm it is accurate";
    public const string AskCorrection = "Ask for a correction";
    public const string CorrectionLabel = "What should be corrected?";
    public const string SendCorrection = "Send the correction";
    public const string YouConfirmed = "You confirmed this record. You can still ask for a correction.";
    public const string YouAskedCorrection = "You asked for a correction. The lead has been told; you can confirm the record once it is right.";
    public const string Superseded = "A later meeting record replaces this one.";
    public const string Refresh = "Refresh";

    public const string Saved = "The record is saved and sent to the attendees to confirm.";
    public const string ConfirmSaved = "Thank you: your confirmation is saved with the case.";
    public const string CorrectionSaved = "Thank you: your request for a correction is saved with the case and shown to the lead.";
    public const string StaleForm = "This form is for a meeting that is no longer waiting to be recorded. Nothing was saved.";
    public const string StaleRecord = "This card is for an earlier meeting record. Nothing was changed.";

    public static string FormTitle(MeetingType type) => $"Record the {MeetingCatalogue.Name(type)}";

    public static string SummaryTitle(MeetingType type) => $"Record of the {MeetingCatalogue.Name(type)}";

    public static string ActionLabel(int number) => $"Action {number}";

    public static string RowError(int number, string problem) => $"Action {number}: {problem}";

    /// <summary>"OH Clinician (Olive Clinician)", as plain text (a choice's title); escape the name where it goes into Markdown.</summary>
    public static string Person(Role role, string? displayName)
        => string.IsNullOrWhiteSpace(displayName) ? RoleCatalogue.Name(role) : $"{RoleCatalogue.Name(role)} ({displayName})";

    /// <summary>"OH Clinician asks: …", as card Markdown (the correction escaped).</summary>
    public static string CorrectionBy(Role role, string correction) => $"{RoleCatalogue.Name(role)} asks: {MarkdownText.Inline(correction)}";
}
