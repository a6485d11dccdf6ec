using CaseBot.Cases.CaseFiles;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Bot.Cases;

/// <summary>The stored JSON shape of a case: plain records, so it round-trips and can evolve with defaults.</summary>
internal sealed record CaseDocument(
    NeedIdentifiedBy IdentifiedBy,
    bool IsExceptional,
    bool NeedsSupportOrStuck,
    bool JoinedUpWorkingWouldHelp,
    IReadOnlyList<Trigger> Triggers,
    string? OtherTrigger,
    bool IndividualInvolvementNeeded,
    bool DecisionsWithoutIndividualNeeded,
    Recommendation Recommendation,
    MeetingType Chosen,
    string? OverrideReason,
    IReadOnlyList<ChronologyEntry> Chronology)
{
    public static CaseDocument From(CriticalCase criticalCase)
    {
        var triage = criticalCase.Triage;
        return new CaseDocument(
            triage.IdentifiedBy,
            triage.Answers.IsExceptional,
            triage.Answers.NeedsSupportOrStuck,
            triage.Answers.JoinedUpWorkingWouldHelp,
            [.. triage.Answers.Triggers.Order()],
            triage.Answers.OtherTrigger?.Description,
            triage.IndividualInvolvementNeeded,
            triage.DecisionsWithoutIndividualNeeded,
            criticalCase.Decision.Recommendation,
            criticalCase.Decision.Chosen,
            criticalCase.Decision.OverrideReason,
            criticalCase.Chronology);
    }

    public CriticalCase ToCase(CaseEntity row)
    {
        var answers = new CriticalCaseAnswers(
            IsExceptional, NeedsSupportOrStuck, JoinedUpWorkingWouldHelp, Triggers.ToHashSet(), OtherTrigger is null ? null : new OtherTrigger(OtherTrigger));
        var triage = new TriageRecord(IdentifiedBy, answers, IndividualInvolvementNeeded, DecisionsWithoutIndividualNeeded);
        var decision = OverrideReason is null ? MeetingDecision.Accept(Recommendation) : MeetingDecision.Override(Recommendation, Chosen, OverrideReason);
        return CriticalCase.Restore(
            row.Id, CaseReference.Parse(row.Reference), row.LeadAadObjectId, row.TenantId, triage, decision,
            Enum.Parse<CaseStage>(row.Stage), Chronology, row.Version);
    }
}
