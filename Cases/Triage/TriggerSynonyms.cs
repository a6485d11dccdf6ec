namespace CaseBot.Cases.Triage;

/// <summary>
/// The words managers use for each trigger circumstance, beside the policy's own: the policy's words first ("stuck, blocked or
/// significantly delayed", "entrenched", "intractable"), then everyday ones, abbreviations and the events behind a trigger
/// (a bereavement is a life-changing event). A phrase names the trigger when all its words are typed, in any order and with any
/// ending; "no"/"not" phrases, and phrases written in quotes ("\"ending it\""), only in order. "~appeal" is a weak word: it names the
/// trigger only when nothing else is named for sure. Keep a word out of two lists: an answer naming both would have to be asked about.
/// </summary>
public static class TriggerSynonyms
{
    public static IReadOnlyList<string> LifeChangingEvent { get; } =
    [
        "life changing", "life-changing event", "life event", "major life event", "changed their life", "life changed",
        "bereavement", "bereaved", "death in the family", "family death", "died", "passed away", "lost her husband", "lost his wife",
        "lost their partner", "lost a child", "accident", "crash", "car accident", "serious injury", "injured", "diagnosis",
        "diagnosed", "new diagnosis", "divorce", "separation", "marriage breakdown", "house fire", "became a carer", "caring responsibilities",
        "sudden disability", "stroke", "heart attack", "amputation",
    ];

    public static IReadOnlyList<string> IllHealthRetirement { get; } =
    [
        "ill health retirement", "ill-health retirement", "ihr", "medical retirement", "retirement on ill health grounds",
        "retire on health grounds", "retire on medical grounds", "retiring on medical grounds", "medical grounds", "ill health pension", "medical pension",
        "health grounds", "leave on medical grounds",
    ];

    public static IReadOnlyList<string> TerminalIllness { get; } =
    [
        "terminal", "terminally ill", "terminal illness", "terminal diagnosis", "end of life", "end-of-life", "palliative",
        "life limiting", "life-limiting", "diagnosed terminal", "incurable", "not expected to recover", "months to live", "dying", "hospice",
        // The start of "there's nothing more the doctors can do" is enough, and keeps "can" out of this trigger's words.
        "nothing more the doctors", "nothing more the hospital",
    ];

    public static IReadOnlyList<string> RiskOfHarm { get; } =
    [
        "risk of harm", "harm", "self harm", "self-harm", "suicidal", "suicide", "unsafe", "danger", "dangerous", "safeguarding",
        "risk to others", "risk to themselves", "risk to himself", "risk to herself", "violence", "violent", "aggressive",
        "threatening behaviour", "made threats", "making threats", "threats against", "threats of violence", "threats to harm", "hurt themselves", "hurt someone", "hurt others", "safety concern", "safety risk", "welfare concern",
        "hurt himself", "hurt herself",
        // Thoughts of ending one's life, as people say them without the word suicide.
        "not wanting to be here", "not want to be here", "\"ending it\"", "\"end it all\"", "take his own life", "take her own life",
        "take their own life", "kill himself", "kill herself", "kill themselves", "\"end his life\"", "\"end her life\"", "not want to live",
        "no reason to live", "better off dead", "want to die", "wants to die", "wanted to die", "can't go on", "cannot go on",
        "dark place", "in crisis",
        // Whose safety is at risk: "worried about his safety", "a risk to patients".
        "safety", "risk to patients", "risk to colleagues", "risk to staff", "risk to the public", "danger to",
        // Threatened whom? A colleague is a risk; "ET threatened" is litigation, so the word gives way to a firmer one.
        "~threatened",
    ];

    public static IReadOnlyList<string> OverlappingProcesses { get; } =
    [
        "overlapping", "overlapping processes", "linked processes", "linked process", "formal process", "formal processes",
        "other processes", "another process", "parallel process", "disciplinary", "grievance", "investigation", "conduct",
        "capability hearing", "performance management", "dismissal",
        // An appeal is often of another trigger's decision ("the IHR was refused and she's appealing"): a process of its own only alone.
        "~appeal", "complaint", "whistleblowing", "redeployment",
        "restructure", "redundancy", "police",
    ];

    public static IReadOnlyList<string> ProcessStuck { get; } =
    [
        "stuck", "blocked", "blockage", "delayed", "delay", "significantly delayed", "stalled", "stalling", "not progressing",
        "no progress", "not making progress", "not moving", "not moving forward", "going nowhere", "entrenched", "standstill",
        "deadlock", "stalemate", "impasse", "bogged down", "held up", "hold up", "hit a wall",
        // Drifting is also how a case with no pathway feels: stuck only when nothing else is named.
        "~drifting", "not getting anywhere",
        "no movement", "ground to a halt", "halted", "grinding to a halt", "gone nowhere",
        "nothing happening", "no decision", "not get a decision", "no further forward", "no further on", "postponed", "adjourned",
        "not got anywhere", "not going anywhere", "on hold", "still waiting", "waiting for a decision",
    ];

    public static IReadOnlyList<string> FailureToImplementActions { get; } =
    [
        "failure to implement", "failed to implement", "not implemented", "not been implemented", "unable to implement",
        "can't implement", "cannot implement", "adjustments not made",
        "not put in place", "actions not done", "actions not carried out", "actions not completed", "recommendations not followed",
        "recommendations not implemented", "not followed through", "not acted on", "haven't been made", "not made",
        "not got round to", "not get round to", "not got around to", "not get around to", "adjustments not happened",
        "none of the recommendations", "none of the adjustments",
        // The title's own consequence: adjustments that make (or would make) an impact.
        "adjustments impact",
        "equipment not provided", "not done", "never done", "not actioned", "never actioned", "not in place", "never put in place",
        "still not in place", "adjustments not in place", "not being followed", "ignored the recommendations",
        // Equipment that never came: "the chair still haven't arrived".
        "haven't arrived", "hasn't arrived", "not arrived", "never arrived",
    ];

    public static IReadOnlyList<string> RepeatedReferrals { get; } =
    [
        "repeated referrals", "multiple referrals", "referred again", "re-referred", "rereferred", "re-referral",
        "referred several times", "referred many times", "referred multiple times", "referred repeatedly", "another referral",
        "frequent referrals", "several referrals", "keeps being referred", "referral after referral",
        "revolving door", "back to oh again", "referred to oh again",
        "referred times", "referred again", "referred over", "second referral", "third referral", "fourth referral", "fifth referral",
        "sixth referral", "re-referrals", "repeat referrals",
        // Counted referrals: "her 3rd referral", "5th referral in 2 years".
        "2nd referral", "3rd referral", "4th referral", "5th referral", "6th referral",
        "not the first referral", "not her first referral", "not his first referral",
    ];

    public static IReadOnlyList<string> InformationDisconnect { get; } =
    [
        "disconnect", "disparity", "information disconnect", "misunderstanding", "misunderstood", "miscommunication",
        "communication breakdown", "breakdown in communication", "conflicting advice", "conflicting information",
        "conflicting views", "different views", "disagreement", "disagree", "not on the same page", "mixed messages",
        "crossed wires", "differing advice", "contradictory advice", "information gap", "mismatch", "out of sync", "same page",
        "different things", "doesn't match", "don't match", "does not match", "gap between", "contradict", "contradictory",
        "at odds", "different picture", "different understanding", "understand it differently", "who to believe", "conflicting",
        "no one agrees", "nobody agrees",
        // Two accounts that do not match: "opposite advice", "different information", "read it differently", "nothing like what".
        "opposite", "different information", "different advice", "different answers", "different opinions", "different message",
        "read differently", "see it differently", "nothing like what",
        // Two accounts far apart: "totally different to what I see", "miles apart", "HR and OH don't agree", "not what the report says".
        "totally different", "completely different", "very different", "miles apart", "poles apart", "don't agree", "do not agree",
        "can't agree", "\"not what the report\"",
        "not communicating", "no communication", "poor communication", "lack of communication",
        .. Disagreements(),
    ];

    public static IReadOnlyList<string> LitigationRisk { get; } =
    [
        "litigation", "legal action", "legal claim", "tribunal", "employment tribunal", "et", "et claim", "et1", "claim", "sue", "suing",
        "lawsuit", "solicitor", "lawyer", "discrimination", "disability discrimination", "dda", "equality act", "court", "acas",
        "early conciliation", "legal challenge", "legal risk",
    ];

    public static IReadOnlyList<string> OngoingNoPathway { get; } =
    [
        "ongoing", "going on for ages", "going on for months", "going on for a long time", "long running", "long-running",
        "long standing", "longstanding", "protracted", "no pathway", "no clear pathway", "no resolution", "no end in sight",
        "no way forward", "no clear way forward", "going round in circles", "dragging on", "drags on", "dragged on",
        "months and months", "for over a year", "no clear plan", "no exit", "no solution",
        "unresolved", "no clear route", "no route to resolution", "no plan", "no end date", "no return date",
        "no light at the end of the tunnel",
        "round and round", "no end", "when will it end", "going on forever", "not know what to do next",
        // No way back and nobody knows the next step: "can't see a way back to work", "nobody can tell us what happens next".
        "see a way back", "what happens next",
    ];

    /// <summary>
    /// A disagreement told as a story: one side's view in one part of the answer, the other side in another ("OH says he's fit
    /// for work | but his GP keeps signing him off", "her GP says she can't work | OH says she could do light duties"). One side is
    /// OH, EPS or the line manager, as the policy says. "a|b" is either word; "..." separates parts said in different parts of the
    /// answer.
    /// </summary>
    private static IEnumerable<string> Disagreements()
    {
        const string views = "says|fit|unfit|recommended|advised|cleared|signed|told|thinks|thought|feels|believes|reckons|understood";
        const string clinicians = "gp|consultant|specialist|psychiatrist|psychologist|psych|neurologist|doctor|physio|surgeon";
        return
        [
            $"oh {views} ... eps|hr|manager|{clinicians}",
            $"eps|hr|manager|{clinicians} {views} ... oh",
            $"eps|hr {views} ... manager|{clinicians}",
            $"manager|{clinicians} {views} ... eps|hr",
            $"manager {views} ... {clinicians}",
            $"{clinicians} {views} ... manager",

            // One view, then the other side's "don't" ("I think she's fit to come back, OH don't").
            $"fit|unfit|ready|{views} ... oh|eps|hr|{clinicians} dont|doesnt|didnt|disagree|disagrees",
        ];
    }

    public static IReadOnlyList<string> Other { get; } =
    [
        "something else", "another reason", "another circumstance", "different reason", "not listed", "not on the list",
        "none of those but", "not in the list",
    ];
}
