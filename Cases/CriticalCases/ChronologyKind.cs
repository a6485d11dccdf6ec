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

    /// <summary>The individual (or their representative) answered the questions before a Case Conference. Private: see <see cref="ChronologyEntry.IsPrivate"/>.</summary>
    PreparationAnswered,

    /// <summary>The lead replied to what they said. Private.</summary>
    PreparationReplied,

    /// <summary>The lead marked some of what they asked for as arranged. Private.</summary>
    PreparationArranged,

    /// <summary>The day-before reminders went to them and the lead. Private.</summary>
    PreparationReminded,
}
