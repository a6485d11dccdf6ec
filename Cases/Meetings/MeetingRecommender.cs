namespace CaseBot.Cases.Meetings;

/// <summary>
/// Recommends a Case Management Meeting or a Case Conference and who leads organising it. The policy: a CMM "enables key managers
/// and professionals to collaborate, make decisions and agree actions" and "the individual and their representative would not
/// attend"; a Case Conference "requires or would significantly benefit from the individual (and their representative) being
/// involved"; it "may be organised as a result of a Case Management Meeting or as a standalone meeting"; "the person/team that
/// identifies the need for a meeting/conference, will take the lead on organising"; "if a conference is prompted by the
/// individual, or the individual's representative, then EPS will typically take the lead".
/// <para>The rule, in order:</para>
/// <list type="number">
/// <item>Prompted by the individual or their representative: a Case Conference (that is what they prompt), EPS leads.</item>
/// <item>Involvement needed and a CMM has already been held: a Case Conference, "as a result of" the CMM.</item>
/// <item>Decisions without the individual needed: a CMM. If involvement is needed as well, still a CMM first, with
/// <see cref="Recommendation.ConferenceMayFollow"/> set: the professionals must agree before the individual joins, and a
/// conference can follow a CMM while a CMM held after a conference would exclude someone already involved.</item>
/// <item>Involvement needed: a Case Conference.</item>
/// <item>Neither: a CMM, the policy's "proactive management meeting", as the place to start.</item>
/// </list>
/// </summary>
public static class MeetingRecommender
{
    /// <exception cref="CaseRuleException">The case is not critical.</exception>
    public static Recommendation Recommend(RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Critical);
        if (!request.Critical.IsCritical)
        {
            throw new CaseRuleException(MeetingText.NotCritical);
        }

        var (type, reasons, conferenceMayFollow) = Choose(request);
        reasons.AddRange(request.Critical.Reasons);
        return new Recommendation(type, reasons, LeadFor(request.IdentifiedBy), Attendance.MayAttend(type), Attendance.MustNotAttend(type), conferenceMayFollow);
    }

    /// <summary>Who leads organising a meeting whose need was identified by <paramref name="identifiedBy"/>.</summary>
    public static LeadOrganiser LeadFor(NeedIdentifiedBy identifiedBy) => identifiedBy switch
    {
        NeedIdentifiedBy.Manager => new(Role.ReferringManager, identifiedBy, MeetingText.LeadManager),
        NeedIdentifiedBy.OccupationalHealth => new(Role.OhClinician, identifiedBy, MeetingText.LeadOccupationalHealth),
        NeedIdentifiedBy.HumanResources => new(Role.EpsCaseworker, identifiedBy, MeetingText.LeadHumanResources),
        NeedIdentifiedBy.Individual => new(Role.EpsCaseworker, identifiedBy, MeetingText.LeadIndividual),
        NeedIdentifiedBy.Representative => new(Role.EpsCaseworker, identifiedBy, MeetingText.LeadRepresentative),
        _ => throw new ArgumentOutOfRangeException(nameof(identifiedBy), identifiedBy, null),
    };

    /// <summary>The manager goes with the recommendation.</summary>
    public static MeetingDecision Accept(Recommendation recommendation) => MeetingDecision.Create(recommendation, null, null);

    /// <summary>
    /// The manager chooses <paramref name="chosen"/>; attendees are re-derived for it. Choosing the recommended type is an
    /// acceptance (the reason is not kept); choosing the other type needs a reason of 1 to 500 characters.
    /// </summary>
    /// <exception cref="CaseRuleException">The other type is chosen without a valid reason.</exception>
    public static MeetingDecision Override(Recommendation recommendation, MeetingType chosen, string reason)
        => MeetingDecision.Create(recommendation, chosen, reason);

    private static (MeetingType Type, List<Reason> Reasons, bool ConferenceMayFollow) Choose(RecommendationRequest request)
    {
        if (request.IdentifiedBy is NeedIdentifiedBy.Individual or NeedIdentifiedBy.Representative)
        {
            List<Reason> reasons = [new(MeetingReasonCodes.PromptedByIndividual, MeetingText.ReasonPromptedByIndividual)];
            if (request.DecisionsWithoutIndividualNeeded)
            {
                reasons.Add(new(MeetingReasonCodes.ProfessionalsMayPrepare, MeetingText.ReasonProfessionalsMayPrepare));
            }

            return (MeetingType.CaseConference, reasons, false);
        }

        if (request.IndividualInvolvementNeeded && request.FollowsEarlierCmm)
        {
            return (MeetingType.CaseConference, [new(MeetingReasonCodes.ConferenceAfterCmm, MeetingText.ReasonAfterCmm)], false);
        }

        if (request.DecisionsWithoutIndividualNeeded)
        {
            List<Reason> reasons = [new(MeetingReasonCodes.DecideWithoutIndividual, MeetingText.ReasonDecideWithout)];
            if (request.IndividualInvolvementNeeded)
            {
                reasons.Add(new(MeetingReasonCodes.ConferenceFollows, MeetingText.ReasonConferenceFollows));
            }

            return (MeetingType.CaseManagementMeeting, WithFurtherCmm(reasons, request), request.IndividualInvolvementNeeded);
        }

        if (request.IndividualInvolvementNeeded)
        {
            return (MeetingType.CaseConference, [new(MeetingReasonCodes.InvolveIndividual, MeetingText.ReasonInvolveIndividual)], false);
        }

        return (MeetingType.CaseManagementMeeting, WithFurtherCmm([new(MeetingReasonCodes.ProactiveManagement, MeetingText.ReasonProactive)], request), false);
    }

    private static List<Reason> WithFurtherCmm(List<Reason> reasons, RecommendationRequest request)
    {
        if (request.FollowsEarlierCmm)
        {
            reasons.Add(new(MeetingReasonCodes.FurtherCmm, MeetingText.ReasonFurtherCmm));
        }

        return reasons;
    }
}
