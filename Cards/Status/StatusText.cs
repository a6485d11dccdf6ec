using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Status;

/// <summary>The fixed words of the status and search cards. Tests use the same strings.</summary>
public static class StatusText
{
    public const string Privacy = "Stage, dates and roles only: CaseBot holds no medical details.";
    public const string NotBooked = "Not booked yet";
    public const string NoAttendees = "None invited yet";
    public const string NoActions = "No actions yet";
    public const string AllActionsDone = "All actions done";
    public const string Overdue = "overdue";
    public const string SearchTitle = "Look up a case";
    public const string SearchIntro = "Type the case reference to see its status.";
    public const string SearchLabel = "Case reference";
    public const string SearchPlaceholder = "e.g. HR-2026-0142";
    public const string SearchError = "Use the case reference: letters, digits and - _ / . with no spaces.";
    public const string LookUp = "Look up";
    public const string UkTime = "(UK time)";
    public const string Close = "Close the case";
    public const string Reopen = "Reopen the case";

    public static string Title(CaseReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"Case {reference.Value}";
    }

    public static string Actions(int open, int overdue) => overdue > 0 ? $"{open} open, {overdue} overdue" : $"{open} open";

    public static string Stage(CaseStage stage) => stage switch
    {
        CaseStage.Triaged => "Triaged",
        CaseStage.MeetingRecommended => "Meeting recommended",
        CaseStage.MeetingBooked => "Meeting booked",
        CaseStage.MeetingHeld => "Meeting held",
        CaseStage.ActionsOpen => "Actions open",
        CaseStage.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The next step, from the stage alone (no case detail needed).</summary>
    public static string NextStep(CaseStage stage, MeetingType meeting) => stage switch
    {
        CaseStage.Triaged => "The lead decides on the recommended meeting.",
        CaseStage.MeetingRecommended => $"The lead books the {MeetingCatalogue.Name(meeting)}.",
        CaseStage.MeetingBooked => $"The {MeetingCatalogue.Name(meeting)} takes place; the agreed actions are recorded.",
        CaseStage.MeetingHeld => "The lead records the agreed actions and confirms the meeting record.",
        CaseStage.ActionsOpen => "Action owners complete their actions; the lead reviews progress.",
        CaseStage.Closed => "None: the case is closed.",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>A fixed name per chronology kind: the card never shows an entry's own summary (key dates are the lead's words).</summary>
    public static string Activity(ChronologyKind kind) => kind switch
    {
        ChronologyKind.Triaged => "Triaged",
        ChronologyKind.MeetingRecommended => "Meeting recommended",
        ChronologyKind.MeetingDecided => "Meeting decided",
        ChronologyKind.MeetingBooked => "Meeting booked",
        ChronologyKind.MeetingRescheduled => "Meeting rescheduled",
        ChronologyKind.MeetingCancelled => "Meeting cancelled",
        ChronologyKind.MeetingHeld => "Meeting held",
        ChronologyKind.ActionDone => "Action done",
        ChronologyKind.RecordConfirmed => "Meeting record confirmed",
        ChronologyKind.Reminder => "Reminder sent",
        ChronologyKind.KeyDate => "Key date added",
        ChronologyKind.CorrectionRequested => "Correction to the record requested",
        ChronologyKind.Closed => "Case closed",
        ChronologyKind.Reopened => "Case reopened",
        ChronologyKind.Escalated => "Escalated",
        ChronologyKind.SteppedDown => "Stepped down",
        ChronologyKind.StuckFlagged => "Flagged as stuck",
        ChronologyKind.GroupChatChosen => "Group chat chosen for the cards",
        ChronologyKind.GroupChatLeft => "Cards back in 1:1 chats",
        ChronologyKind.MeetingStarted => "Meeting started in Teams",
        ChronologyKind.MeetingEnded => "Meeting ended in Teams",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
