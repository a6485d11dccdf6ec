using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Meetings;

/// <summary>
/// Recommends a Case Management Meeting or a Case Conference and who leads organising it, by the policy's rules:
/// a CMM lets key managers and professionals collaborate and decide without the individual; a Case Conference "requires or would
/// significantly benefit from the individual (and their representative) being involved"; a conference "may be organised as a result
/// of a Case Management Meeting"; "the person/team that identifies the need … will take the lead on organising"; "if a conference
/// is prompted by the individual, or the individual's representative, then EPS will typically take the lead".
/// </summary>
public static class MeetingRecommender
{
    public static Recommendation Recommend(RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Critical.IsCritical)
        {
            throw new CaseRuleException(MeetingText.NotCritical);
        }

        var promptedByIndividual = request.IdentifiedBy is NeedIdentifiedBy.Individual or NeedIdentifiedBy.Representative;
        var reasons = new List<Reason>();
        MeetingType type;
        var conferenceMayFollow = false;
        if (promptedByIndividual)
        {
            type = MeetingType.CaseConference;
            reasons.Add(new("prompted-by-individual", MeetingText.ReasonPromptedByIndividual));
        }
        else if (request.DecisionsWithoutIndividualNeeded)
        {
            type = MeetingType.CaseManagementMeeting;
            reasons.Add(new("decide-without-individual", MeetingText.ReasonDecideWithout));
            if (request.IndividualInvolvementNeeded)
            {
                // Both needs: the professionals meet first; the conference with the individual follows the CMM.
                conferenceMayFollow = true;
                reasons.Add(new("conference-follows", MeetingText.ReasonConferenceFollows));
            }
        }
        else if (request.IndividualInvolvementNeeded)
        {
            type = MeetingType.CaseConference;
            reasons.Add(new("involve-individual", MeetingText.ReasonInvolveIndividual));
        }
        else
        {
            type = MeetingType.CaseManagementMeeting;
            reasons.Add(new("proactive-management", MeetingText.ReasonProactive));
        }

        reasons.AddRange(request.Critical.Reasons);
        return new Recommendation(type, reasons, LeadFor(request.IdentifiedBy), Attendance.MayAttend(type), Attendance.MustNotAttend(type), conferenceMayFollow);
    }

    public static LeadOrganiser LeadFor(NeedIdentifiedBy identifiedBy) => identifiedBy switch
    {
        NeedIdentifiedBy.Manager => new(Role.ReferringManager, identifiedBy, MeetingText.LeadIdentifiedBy("the manager")),
        NeedIdentifiedBy.OccupationalHealth => new(Role.OhClinician, identifiedBy, MeetingText.LeadIdentifiedBy("Occupational Health")),
        NeedIdentifiedBy.HumanResources => new(Role.EpsCaseworker, identifiedBy, MeetingText.LeadIdentifiedBy("HR (EPS)")),
        NeedIdentifiedBy.Individual or NeedIdentifiedBy.Representative => new(Role.EpsCaseworker, identifiedBy, MeetingText.LeadEpsForIndividual),
        _ => throw new ArgumentOutOfRangeException(nameof(identifiedBy)),
    };
}
