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
    MeetingStarted,
    MeetingEnded,

    /// <summary>The lead reopened a closed case, with a reason.</summary>
    Reopened,

    /// <summary>The case moved up the escalation tiers (the daily check, or the OH service by hand).</summary>
    Escalated,

    /// <summary>The OH service stepped the case down a tier (or out of escalation) by hand.</summary>
    SteppedDown,
}
