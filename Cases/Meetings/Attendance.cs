using System.Collections.ObjectModel;

namespace CaseBot.Cases.Meetings;

/// <summary>
/// Who may attend each meeting type. A CMM is for managers and professionals: "the individual and their representative would not
/// attend a management meeting". At a Case Conference "the individual (and/or their representative) are invited to attend".
/// </summary>
public static class Attendance
{
    private static readonly ReadOnlyCollection<Role> Professionals =
        Array.AsReadOnly([Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker, Role.SeniorManager, Role.Other]);

    private static readonly ReadOnlyCollection<Role> IndividualSide = Array.AsReadOnly([Role.Individual, Role.Representative]);

    private static readonly ReadOnlyCollection<Role> Everyone = Array.AsReadOnly([.. Professionals, .. IndividualSide]);

    public static IReadOnlyList<Role> MayAttend(MeetingType type)
        => type == MeetingType.CaseConference ? Everyone : Professionals;

    public static IReadOnlyList<Role> MustNotAttend(MeetingType type)
        => type == MeetingType.CaseManagementMeeting ? IndividualSide : ReadOnlyCollection<Role>.Empty;

    public static bool Allows(MeetingType type, Role role) => MayAttend(type).Contains(role);
}
