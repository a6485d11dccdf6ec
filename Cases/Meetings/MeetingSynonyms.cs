namespace CaseBot.Cases.Meetings;

/// <summary>
/// The words managers use for the meeting types, who identified the need, the roles and the venues, beside their names in
/// <see cref="MeetingText"/>. A phrase names the thing when all its words are typed, in any order; keep a word out of two lists
/// of the same question, or an answer using it would have to be asked about.
/// </summary>
public static class MeetingSynonyms
{
    public static IReadOnlyList<string> For(MeetingType type) => type switch
    {
        MeetingType.CaseManagementMeeting =>
        [
            "cmm", "case management meeting", "management meeting", "case management", "managers meeting", "professionals meeting",
            "case mgmt meeting", "mgmt meeting", "case mgt meeting",
            "professionals only", "without the individual", "without them",
        ],
        MeetingType.CaseConference => ["case conference", "conference", "with the individual", "involve the individual", "include the individual"],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static IReadOnlyList<string> For(NeedIdentifiedBy who) => who switch
    {
        NeedIdentifiedBy.Manager =>
        [
            "me", "myself", "i did", "manager", "line manager", "the manager", "referring manager", "me the manager", "my team", "i raised it",
            "i raised", "i identified", "i flagged", "i spotted", "i noticed", "i suggested", "i requested", "i asked", "my idea", "i called it",
            "i decided", "i picked it up", "i was the one", "was me", "it was me", "line management", "management",
        ],
        NeedIdentifiedBy.OccupationalHealth => ["oh", "occupational health", "occ health", "occupational health service", "clinician", "oh clinician", "oh nurse", "oh doctor", "oh adviser", "oh advisor", "oh report", "nurse", "doctor"],
        NeedIdentifiedBy.HumanResources => ["hr", "eps", "human resources", "hr eps", "caseworker", "eps caseworker", "hr adviser", "hr advisor", "hr business partner", "hrbp", "people team", "personnel"],
        NeedIdentifiedBy.Individual =>
        [
            "individual", "the individual", "employee", "the employee", "member of staff", "staff member", "the person", "themselves",
            "herself", "himself", "them", "worker", "self-referral", "self referred",
        ],
        NeedIdentifiedBy.Representative =>
        [
            "representative", "their representative", "individual's representative", "employee's representative", "rep", "union rep",
            "union", "trade union", "their union", "companion", "advocate", "union official", "unison", "gmb", "unite",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    /// <summary>
    /// Words that look like an answer to "who identified the need?" but name someone else: a senior or another manager is not
    /// "me, the manager".
    /// </summary>
    public static IReadOnlyList<string> NotMeant(NeedIdentifiedBy who) => who switch
    {
        NeedIdentifiedBy.Manager =>
        [
            "senior manager", "my manager", "my line manager", "another manager", "other manager", "their manager", "area manager",
            "service manager", "head of service", "director", "manager above me", "previous manager", "old manager",
        ],
        _ => [],
    };

    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.ReferringManager => ["referring manager", "line manager", "manager", "me"],
        Role.OhClinician => ["oh clinician", "clinician", "oh", "occupational health", "oh nurse", "oh doctor", "oh adviser"],
        Role.EpsCaseworker => ["eps caseworker", "caseworker", "eps", "hr", "human resources", "hr adviser"],
        Role.Individual => ["individual", "the individual", "employee", "the employee", "member of staff", "staff member", "the person", "them", "her", "him", "herself", "himself"],
        Role.Representative => ["representative", "their representative", "individual's representative", "rep", "union rep", "union", "trade union", "companion", "advocate"],
        Role.SeniorManager => ["senior manager", "senior", "head of service", "head of department", "director", "senior leader", "my manager", "manager's manager", "service manager", "area manager", "head teacher", "headteacher"],
        Role.Other => ["another professional", "other professional", "someone else", "somebody else", "another person", "other", "professional", "specialist", "physio", "physiotherapist", "counsellor", "psychologist", "health and safety", "access to work", "colleague", "it support", "it provider"],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static IReadOnlyList<string> For(Venue venue) => venue switch
    {
        Venue.WorkBase => ["work base", "work", "workplace", "office", "the office", "their office", "our office", "base", "site", "their base", "school", "depot", "on site", "at work", "meeting room", "their workplace", "hq", "headquarters"],
        Venue.Home => ["home", "their home", "at home", "home visit", "their house", "house", "where they live", "individual's home"],
        Venue.OccupationalHealth =>
        [
            "occupational health", "oh", "oh clinic", "oh office", "oh offices", "oh building", "clinic", "occ health", "oh premises",
            "occ health offices", "occ health office", "occupational health offices", "occupational health building", "occ health building",
            "occ health clinic", "oh centre", "occupational health centre",
        ],
        Venue.NeutralVenue => ["neutral", "neutral venue", "external", "external venue", "offsite", "off site", "hired room", "hotel", "community centre", "library", "conference centre", "somewhere neutral", "neutral ground", "hire a room"],
        Venue.OnlineOnly => ["online", "online only", "teams", "ms teams", "microsoft teams", "teams call", "teams meeting", "virtual", "video", "video call", "remote", "remotely", "call", "virtually"],
        _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, null),
    };
}
