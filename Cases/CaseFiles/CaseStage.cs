namespace CaseBot.Cases.CaseFiles;

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
