namespace CaseBot.Cases.CriticalCases;

/// <summary>Where a critical case stands.</summary>
public enum CaseStage
{
    Triaged,
    MeetingRecommended,
    MeetingBooked,
    MeetingHeld,
    ActionsOpen,
    Closed,
}
