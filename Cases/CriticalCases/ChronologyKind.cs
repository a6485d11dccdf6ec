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

    /// <summary>The individual (or their representative) answered the questions before a Case Conference. Private: see <see cref="ChronologyEntry.IsPrivate"/>.</summary>
    PreparationAnswered,

    /// <summary>The lead replied to what they said. Private.</summary>
    PreparationReplied,

    /// <summary>The lead marked some of what they asked for as arranged. Private.</summary>
    PreparationArranged,

    /// <summary>The day-before reminders went to them and the lead. Private.</summary>
    PreparationReminded,
}
