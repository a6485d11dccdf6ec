using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Meetings;

/// <summary>The recommended meeting, why, who leads organising it, and who may and may not attend.</summary>
public sealed record Recommendation(
    MeetingType Type,
    IReadOnlyList<Reason> Reasons,
    LeadOrganiser Lead,
    IReadOnlyList<Role> MayAttend,
    IReadOnlyList<Role> MustNotAttend,
    bool ConferenceMayFollow);
