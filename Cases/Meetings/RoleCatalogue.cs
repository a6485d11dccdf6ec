namespace CaseBot.Cases.Meetings;

/// <summary>Display names of the <see cref="Role"/>s.</summary>
public static class RoleCatalogue
{
    public static IReadOnlyList<Role> All { get; } = Array.AsReadOnly(Enum.GetValues<Role>());

    public static string Name(Role role) => role switch
    {
        Role.ReferringManager => MeetingText.RoleReferringManager,
        Role.OhClinician => MeetingText.RoleOhClinician,
        Role.EpsCaseworker => MeetingText.RoleEpsCaseworker,
        Role.Individual => MeetingText.RoleIndividual,
        Role.Representative => MeetingText.RoleRepresentative,
        Role.SeniorManager => MeetingText.RoleSeniorManager,
        Role.Other => MeetingText.RoleOther,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
