namespace CaseBot.Cases.Meetings;

/// <summary>The plain words of the meeting rules, names and notes, shared by the rules, the conversation, the cards and the tests.</summary>
public static class MeetingText
{
    public const string CaseManagementMeeting = "Case Management Meeting";
    public const string CaseConference = "Case Conference";
    public const string CmmShortName = "CMM";

    public const string RoleReferringManager = "Referring Manager";
    public const string RoleOhClinician = "OH Clinician";
    public const string RoleEpsCaseworker = "EPS Caseworker";
    public const string RoleIndividual = "Individual";
    public const string RoleRepresentative = "Individual's representative";
    public const string RoleSeniorManager = "Senior Manager";
    public const string RoleOther = "Other attendee";

    // The roles as a sentence names them ("the individual and their representative never attend"); the representative is the
    // individual's, named after them.
    public const string RoleReferringManagerInSentence = "the referring manager";
    public const string RoleOhClinicianInSentence = "the OH clinician";
    public const string RoleEpsCaseworkerInSentence = "the EPS caseworker";
    public const string RoleIndividualInSentence = "the individual";
    public const string RoleRepresentativeInSentence = "their representative";
    public const string RoleSeniorManagerInSentence = "a senior manager";
    public const string RoleOtherInSentence = "any other attendee";

    public const string IdentifiedByManager = "The manager";
    public const string IdentifiedByOccupationalHealth = "Occupational Health";
    public const string IdentifiedByHumanResources = "HR (EPS)";
    public const string IdentifiedByIndividual = "The individual";
    public const string IdentifiedByRepresentative = "The individual's representative";

    public const string VenueWorkBase = "Work base";
    public const string VenueHome = "The individual's home";
    public const string VenueOccupationalHealth = "Occupational Health";
    public const string VenueNeutral = "A neutral venue";
    public const string VenueOnlineOnly = "Online only (Teams)";
    public const string ExternalVenueCostNote = "Any costs, e.g. room hire, are paid by the department; external venues are booked through the organisation's usual routes.";

    public const string NotCritical = "A meeting is recommended only for a critical case.";
    public const string OverrideReasonRequired = "Please give a short reason (up to 500 characters) for choosing the other meeting type.";

    public const string ReasonPromptedByIndividual = "The individual or their representative prompted the meeting, so it is a Case Conference they are invited to.";
    public const string ReasonProfessionalsMayPrepare = "Managers and professionals also need to agree things without the individual: they can prepare together before the conference.";
    public const string ReasonAfterCmm = "A Case Management Meeting has already been held and the individual's involvement is needed: a Case Conference can be organised as a result of it.";
    public const string ReasonDecideWithout = "Managers and professionals need to collaborate and decide without the individual first: that is a Case Management Meeting.";
    public const string ReasonConferenceFollows = "The individual's involvement is also needed: a Case Conference can follow the Case Management Meeting.";
    public const string ReasonInvolveIndividual = "The case requires or would significantly benefit from the individual (and/or their representative) being involved: that is a Case Conference.";
    public const string ReasonProactive = "Neither the individual's involvement nor a decision without them was called for, so a proactive Case Management Meeting between managers and professionals is the place to start.";
    public const string ReasonFurtherCmm = "This is a further Case Management Meeting after the earlier one.";

    public const string LeadManager = "The manager identified the need for the meeting, so the manager takes the lead on organising it.";
    public const string LeadOccupationalHealth = "Occupational Health identified the need for the meeting, so Occupational Health takes the lead on organising it.";
    public const string LeadHumanResources = "HR (EPS) identified the need for the meeting, so EPS takes the lead on organising it.";
    public const string LeadIndividual = "The individual prompted the conference, so EPS typically takes the lead on organising it.";
    public const string LeadRepresentative = "The individual's representative prompted the conference, so EPS typically takes the lead on organising it.";
}
