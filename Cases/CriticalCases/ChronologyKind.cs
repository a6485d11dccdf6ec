namespace CaseBot.Cases.CriticalCases;

/// <summary>The kinds of event a chronology records.</summary>
public enum ChronologyKind
{
    Triaged,
    MeetingRecommended,
    MeetingDecided,
    MeetingBooked,
    MeetingRescheduled,
    MeetingCancelled,
    MeetingHeld,
    ActionDone,
    RecordConfirmed,
    CorrectionRequested,
    Reminder,
    KeyDate,
    Closed,
    StuckFlagged,
    GroupChatChosen,
    GroupChatLeft,

    /// <summary>The lead reopened a closed case, with a reason.</summary>
    Reopened,
}
