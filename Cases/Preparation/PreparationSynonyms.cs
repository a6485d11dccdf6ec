namespace CaseBot.Cases.Preparation;

/// <summary>
/// The everyday words people use, typing to CaseBot before a Case Conference, for each thing they can ask for, for the person they
/// bring and who that is to them, and for a point they want to raise. A phrase names a request when all its words are typed, in any
/// order and with any ending (the same reading as every question's options). Keep a word out of two lists.
/// </summary>
public static class PreparationSynonyms
{
    public static IReadOnlyList<string> Breaks { get; } =
        ["break", "breaks", "a break", "pause", "pauses", "rest", "time out", "breather", "stop for a bit", "step out"];

    public static IReadOnlyList<string> CameraOff { get; } =
        ["camera off", "no camera", "without my camera", "turn my camera off", "not on camera", "video off", "no video", "without video"];

    public static IReadOnlyList<string> InPerson { get; } =
        ["in person", "face to face", "face-to-face", "in the room", "meet in person", "not online", "same room"];

    public static IReadOnlyList<string> Online { get; } =
        ["online", "on teams", "video call", "remotely", "remote", "virtual", "teams call", "join from home"];

    public static IReadOnlyList<string> QuietRoom { get; } =
        ["quiet room", "quiet", "quiet space", "calm room", "somewhere quiet", "less noise", "noisy", "private room"];

    public static IReadOnlyList<string> MoreTime { get; } =
        ["more time", "extra time", "slowly", "slow down", "time to think", "take my time", "not rushed", "rushed", "go slow"];

    public static IReadOnlyList<string> QuestionsInWriting { get; } =
        ["questions in writing", "in writing", "written questions", "questions beforehand", "questions in advance", "questions before", "send me the questions", "written down", "questions first"];

    public static IReadOnlyList<string> SupportPerson { get; } =
        ["support person", "supporter", "for support", "support me", "someone with me", "bring someone", "come with me", "with me for support", "moral support"];

    public static IReadOnlyList<string> Advocate { get; } =
        ["advocate", "speak for me", "speak up for me", "speak on my behalf", "union rep", "union representative", "trade union"];

    public static IReadOnlyList<string> Nobody { get; } =
        ["on my own", "alone", "by myself", "no one", "nobody", "come alone"];

    /// <summary>Who the person they bring is to them: "my partner", "a friend" (never a name).</summary>
    public static IReadOnlyList<string> Companions { get; } =
    [
        "partner", "husband", "wife", "friend", "mum", "mother", "dad", "father", "sister", "brother", "son", "daughter", "aunt", "uncle",
        "carer", "colleague", "neighbour", "family member", "support worker", "union rep", "union representative", "advocate",
    ];

    /// <summary>Words that make a message a point to raise at the meeting, whatever else it asks for.</summary>
    public static IReadOnlyList<string> PointWords { get; } =
        ["raise", "talk about", "ask about", "discuss", "want to say", "like to say", "question", "worried", "worry", "concern", "point", "explain", "mention"];

    /// <summary>Short messages that ask to see (and change) their answers and the meeting's details.</summary>
    public static IReadOnlyList<string> Show { get; } =
        ["change", "change my answers", "show my answers", "my answers", "what did i say", "my meeting", "when is my meeting", "where is my meeting", "meeting details", "the meeting"];

    /// <summary>Short messages that put their points on the meeting's plan.</summary>
    public static IReadOnlyList<string> Share { get; } =
        ["share my points", "add my points to the agenda", "put my points on the agenda", "share my points with everyone", "add my points to the plan", "put my points on the plan"];

    /// <summary>Short messages that take their points off it.</summary>
    public static IReadOnlyList<string> KeepPrivate { get; } =
        ["keep my points private", "take my points off", "take my points off the agenda", "take my points off the plan", "dont share my points", "do not share my points", "unshare my points"];
}
