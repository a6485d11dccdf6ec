namespace CaseBot.Cases.Meetings;

/// <summary>Display names of the <see cref="Role"/>s, as a title and as a sentence names them.</summary>
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

    /// <summary>"the individual", "their representative" (the individual's, so named after them), "the OH clinician".</summary>
    public static string InSentence(Role role) => role switch
    {
        Role.ReferringManager => MeetingText.RoleReferringManagerInSentence,
        Role.OhClinician => MeetingText.RoleOhClinicianInSentence,
        Role.EpsCaseworker => MeetingText.RoleEpsCaseworkerInSentence,
        Role.Individual => MeetingText.RoleIndividualInSentence,
        Role.Representative => MeetingText.RoleRepresentativeInSentence,
        Role.SeniorManager => MeetingText.RoleSeniorManagerInSentence,
        Role.Other => MeetingText.RoleOtherInSentence,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
