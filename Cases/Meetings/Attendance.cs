namespace CaseBot.Cases.Meetings;

/// <summary>Who may attend each meeting type. A CMM is for managers and professionals: never the individual or their representative.</summary>
public static class Attendance
{
    private static readonly Role[] Professionals = [Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker, Role.SeniorManager, Role.Other];
    private static readonly Role[] IndividualSide = [Role.Individual, Role.Representative];

    public static IReadOnlyList<Role> MayAttend(MeetingType type)
        => type == MeetingType.CaseConference ? [.. Professionals, .. IndividualSide] : Professionals;

    public static IReadOnlyList<Role> MustNotAttend(MeetingType type)
        => type == MeetingType.CaseManagementMeeting ? IndividualSide : [];

    public static bool Allows(MeetingType type, Role role) => MayAttend(type).Contains(role);
}
