namespace CaseBot.Cases.Meetings;

/// <summary>The recommended meeting, why, who leads organising it, and who may and may not attend.</summary>
/// <param name="Type">The recommended meeting type.</param>
/// <param name="Reasons">The meeting reasons first (<see cref="MeetingReasonCodes"/>), then the critical-case reasons.</param>
/// <param name="Lead">Who takes the lead on organising it.</param>
/// <param name="MayAttend">Roles that may be invited.</param>
/// <param name="MustNotAttend">Roles that must not be invited: the individual and representative at a CMM.</param>
/// <param name="ConferenceMayFollow">The individual's involvement is also needed, so a Case Conference is expected to follow this CMM.</param>
public sealed record Recommendation(
    MeetingType Type,
    IReadOnlyList<Reason> Reasons,
    LeadOrganiser Lead,
    IReadOnlyList<Role> MayAttend,
    IReadOnlyList<Role> MustNotAttend,
    bool ConferenceMayFollow);
