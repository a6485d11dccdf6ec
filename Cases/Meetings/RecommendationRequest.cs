using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Meetings;

/// <summary>What the recommendation is based on.</summary>
/// <param name="Critical">The critical-case assessment (must be critical).</param>
/// <param name="IdentifiedBy">Who identified the need for a meeting.</param>
/// <param name="IndividualInvolvementNeeded">The case requires, or would significantly benefit from, the individual (and/or their representative) being involved: decisions about their health, wellbeing or future service, or an open conversation with all professional leads.</param>
/// <param name="DecisionsWithoutIndividualNeeded">Managers and professionals must first collaborate and decide without the individual.</param>
/// <param name="FollowsEarlierCmm">A Case Management Meeting has already been held for this case.</param>
public sealed record RecommendationRequest(
    CriticalCaseResult Critical,
    NeedIdentifiedBy IdentifiedBy,
    bool IndividualInvolvementNeeded,
    bool DecisionsWithoutIndividualNeeded,
    bool FollowsEarlierCmm = false);
