using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;
using CaseBot.Cases.Records;
using CaseBot.Cases.Triage;

namespace CaseBot.Bot.CaseStore;

/// <summary>The stored JSON shape of a case: plain records, so it round-trips and can evolve with defaults.</summary>
internal sealed record CaseDocument(
    NeedIdentifiedBy IdentifiedBy,
    bool IsExceptional,
    bool NeedsExtraSupportOrEntrenchedOrNotProgressing,
    bool JoinedUpWorkingWouldHelp,
    IReadOnlyList<Trigger> Triggers,
    string? OtherTrigger,
    bool IndividualInvolvementNeeded,
    bool DecisionsWithoutIndividualNeeded,
    Recommendation Recommendation,
    MeetingType Chosen,
    string? OverrideReason,
    IReadOnlyList<ChronologyEntry> Chronology,
    IReadOnlyList<StoredMeeting>? Meetings = null,
    IReadOnlyList<StoredAction>? Actions = null,
    IReadOnlyList<MeetingRecord>? Records = null,
    DateTimeOffset? ClosedAt = null,
    string? GroupChatId = null,
    StoredClosure? Closure = null,
    StoredTier? Tier = null,
    IReadOnlyList<MeetingPreparation>? Preparations = null)
{
    public static CaseDocument From(CriticalCase criticalCase)
    {
        var triage = criticalCase.Triage;
        return new CaseDocument(
            triage.IdentifiedBy,
            triage.Answers.IsExceptional,
            triage.Answers.NeedsExtraSupportOrEntrenchedOrNotProgressing,
            triage.Answers.JoinedUpWorkingWouldHelp,
            [.. triage.Answers.Triggers.Order()],
            triage.Answers.OtherDescription,
            triage.IndividualInvolvementNeeded,
            triage.DecisionsWithoutIndividualNeeded,
            criticalCase.Decision.Recommended,
            criticalCase.Decision.Chosen,
            criticalCase.Decision.OverrideReason,
            criticalCase.History,
            [.. criticalCase.Meetings.Select(StoredMeeting.From)],
            [.. criticalCase.Actions.Select(StoredAction.From)],
            criticalCase.Records,
            criticalCase.ClosedAt,
            criticalCase.GroupChatId,
            StoredClosure.From(criticalCase.Closure),
            StoredTier.From(criticalCase.Tier),
            criticalCase.Preparations);
    }

    public CriticalCase ToCase(CaseEntity row)
    {
        var answers = new CriticalCaseAnswers(
            IsExceptional, NeedsExtraSupportOrEntrenchedOrNotProgressing, JoinedUpWorkingWouldHelp, Triggers.ToHashSet(), OtherTrigger);
        var triage = new TriageRecord(IdentifiedBy, answers, IndividualInvolvementNeeded, DecisionsWithoutIndividualNeeded);
        var decision = MeetingDecision.Create(Recommendation, Chosen, OverrideReason);
        var reference = CaseReference.Parse(row.Reference);
        var progress = new CaseProgress(
            [.. (Meetings ?? []).Select(m => m.ToMeeting(reference))], [.. (Actions ?? []).Select(a => a.ToAction())], Records ?? [], ClosedAt, GroupChatId,
            Closure?.ToClosure(), Tier?.ToTier(), Preparations ?? []);
        return CriticalCase.Restore(
            row.Id, reference, row.LeadAadObjectId, row.TenantId, triage, decision, Enum.Parse<CaseStage>(row.Stage), Chronology, row.Version, progress);
    }
}
