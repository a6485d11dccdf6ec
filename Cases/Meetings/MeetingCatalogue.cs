namespace CaseBot.Cases.Meetings;

/// <summary>Display names for meeting types and for who identified the need (role names also in <see cref="RoleCatalogue"/>).</summary>
public static class MeetingCatalogue
{
    public static string Name(MeetingType type) => type switch
    {
        MeetingType.CaseManagementMeeting => MeetingText.CaseManagementMeeting,
        MeetingType.CaseConference => MeetingText.CaseConference,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>"CMM" or "Case Conference", for buttons and typed answers.</summary>
    public static string ShortName(MeetingType type) => type switch
    {
        MeetingType.CaseManagementMeeting => MeetingText.CmmShortName,
        MeetingType.CaseConference => MeetingText.CaseConference,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Name(NeedIdentifiedBy who) => who switch
    {
        NeedIdentifiedBy.Manager => MeetingText.IdentifiedByManager,
        NeedIdentifiedBy.OccupationalHealth => MeetingText.IdentifiedByOccupationalHealth,
        NeedIdentifiedBy.HumanResources => MeetingText.IdentifiedByHumanResources,
        NeedIdentifiedBy.Individual => MeetingText.IdentifiedByIndividual,
        NeedIdentifiedBy.Representative => MeetingText.IdentifiedByRepresentative,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };
}
