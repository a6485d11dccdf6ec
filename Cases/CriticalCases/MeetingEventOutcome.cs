namespace CaseBot.Cases.CriticalCases;

/// <summary>What a Teams meeting's start or end event did to its case.</summary>
public enum MeetingEventOutcome
{
    /// <summary>No meeting of this case is held in that chat: the event is someone else's.</summary>
    NotThisCase,

    /// <summary>The first start (or end) of the meeting: noted in the chronology, and its messages are owed.</summary>
    Noted,

    /// <summary>Started (or ended) before: Teams sends a start each time people come back to a meeting; nothing is sent twice.</summary>
    AlreadyNoted,

    /// <summary>The meeting was cancelled, yet people met in its chat: nothing is posted for a meeting the case no longer has.</summary>
    Cancelled,
}
