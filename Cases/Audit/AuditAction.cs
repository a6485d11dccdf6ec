namespace CaseBot.Cases.Audit;

/// <summary>What was done. Stored as the stable codes of <see cref="AuditCodes"/>, never as free text.</summary>
public enum AuditAction
{
    /// <summary>Someone looked a case up (status command or search card).</summary>
    CaseLookup,

    /// <summary>A case was opened by triage.</summary>
    CaseOpened,

    /// <summary>An admin exported a case's audit trail.</summary>
    AuditExported,

    /// <summary>A case changed (meeting booked, moved, cancelled or held, action ticked, record answered, reminder, closed); the code says which.</summary>
    MeetingBooked,
    MeetingRescheduled,
    MeetingCancelled,
    MeetingHeld,
    ActionTicked,
    RecordAnswered,
    ReminderSent,
    KeyDateAdded,
    CaseClosed,

    /// <summary>The lead chose a group chat for the case's shared cards.</summary>
    GroupChatChosen,

    /// <summary>The case stopped posting in its group chat (someone who is not an attendee joined it).</summary>
    GroupChatLeft,

    /// <summary>The daily check flagged the case as stuck.</summary>
    StuckFlagged,

    /// <summary>A closed case was purged after its retention period; the row is its tombstone.</summary>
    CasePurged,

    /// <summary>An admin exported a case's data for a subject access request.</summary>
    CaseExported,

    /// <summary>
    /// Someone opened or refreshed one of a case's cards, which name the case by id (its action list, agenda, record, the record form):
    /// their own card if they are on the case, its status if they may only see it, "no case found" otherwise.
    /// </summary>
    CaseCardViewed,

    /// <summary>Teams said the case's meeting started (the first time).</summary>
    MeetingStarted,

    /// <summary>Teams said the case's meeting ended (the first time).</summary>
    MeetingEnded,

    /// <summary>The lead reopened a closed case.</summary>
    CaseReopened,

    /// <summary>A case was escalated to a higher tier (by the daily check, or by the OH service by hand).</summary>
    CaseEscalated,

    /// <summary>The OH service stepped a case down a tier (or out of escalation) by hand.</summary>
    CaseSteppedDown,

    /// <summary>Someone opened the OH service's page of open cases (any filter, order or page); about no one case.</summary>
    ServiceCaseloadViewed,

    /// <summary>The individual (or their representative) answered the questions before a Case Conference.</summary>
    PreparationAnswered,

    /// <summary>The lead replied to what they said before the meeting.</summary>
    PreparationReplied,

    /// <summary>The lead marked some of what they asked for as arranged.</summary>
    PreparationArranged,

    /// <summary>The day-before reminders went to the individual (and representative) and the lead.</summary>
    PreparationReminded,

    /// <summary>Someone opened what the individual (or their representative) said before a Case Conference: the lead, or a refused attempt.</summary>
    PreparationViewed,
}
