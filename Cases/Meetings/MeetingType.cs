namespace CaseBot.Cases.Meetings;

/// <summary>The two interventions for a critical case.</summary>
public enum MeetingType
{
    /// <summary>Managers and professionals only; the individual and their representative never attend.</summary>
    CaseManagementMeeting,

    /// <summary>The individual and/or their representative are invited.</summary>
    CaseConference,
}
