namespace CaseBot.Cases.Meetings;

/// <summary>Display names for meeting types, roles and who identified the need.</summary>
public static class MeetingCatalogue
{
    public static string Name(MeetingType type) => type switch
    {
        MeetingType.CaseManagementMeeting => "Case Management Meeting",
        MeetingType.CaseConference => "Case Conference",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string ShortName(MeetingType type) => type == MeetingType.CaseManagementMeeting ? "CMM" : "Case Conference";

    public static string Name(Role role) => role switch
    {
        Role.ReferringManager => "Referring Manager",
        Role.OhClinician => "OH Clinician",
        Role.EpsCaseworker => "EPS Caseworker",
        Role.Individual => "Individual",
        Role.Representative => "Individual's representative",
        Role.SeniorManager => "Senior manager",
        Role.Other => "Other attendee",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Name(NeedIdentifiedBy who) => who switch
    {
        NeedIdentifiedBy.Manager => "The manager",
        NeedIdentifiedBy.OccupationalHealth => "Occupational Health",
        NeedIdentifiedBy.HumanResources => "HR (EPS)",
        NeedIdentifiedBy.Individual => "The individual",
        NeedIdentifiedBy.Representative => "The individual's representative",
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };
}
