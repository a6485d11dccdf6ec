using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.CriticalCases;

/// <summary>The answers the manager gave in triage, kept with the case.</summary>
public sealed record TriageRecord(
    NeedIdentifiedBy IdentifiedBy,
    CriticalCaseAnswers Answers,
    bool IndividualInvolvementNeeded,
    bool DecisionsWithoutIndividualNeeded,
    bool FollowsEarlierCmm = false);
