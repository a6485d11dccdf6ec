using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// The words of "have your say": the optional questions the individual (or their representative) can answer on a card or by typing
/// at any time before the meeting, what CaseBot says back, and the lead's replies and arrangements as they read them. Plain English,
/// each text passing <see cref="PlainEnglish"/>. Tests use the same strings.
/// </summary>
public static class PreparationQuestionText
{
    public const string Title = "Have your say before the meeting";
    public const string TypeAnyTime = "You can also type to me at any time before the meeting, in your own words. For example: \"Can I have a break halfway through?\"";
    public const string OtherHelpLabel = "Anything else that would help?";
    public const string WhoLabel = "Who will it be? Please say who they are to you, not their name.";
    public const string WhoPlaceholder = "For example: my partner, a friend, a union rep";
    public const string PointsLabel = "What would you like to raise or ask at the meeting?";
    public const string PointsPlaceholder = "Write as much or as little as you like";
    public const string AgendaToggle = "Add my points to the meeting's plan, so everyone there can read them before it starts";
    public const string Send = "Send my answers";
    public const string AskedForHeading = "What you asked for";
    public const string ArrangedMark = "arranged";
    public const string NotArrangedMark = "not arranged yet";
    public const string Closed = "This meeting is no longer going ahead, so there is nothing to answer.";

    public static string Intro(string organiser)
        => $"These questions are up to you. You can answer some, all or none. Only {organiser}, who is organising the meeting, will see your answers.";

    public static string HelpQuestion(Role reader)
        => PlainRoles.IsRepresentative(reader) ? "What would help you both take part?" : "What would help you take part?";

    public static string BringQuestion(Role reader, string individual)
        => PlainRoles.IsRepresentative(reader) ? $"Will {individual} bring anyone else with them?" : "Will you bring someone with you?";

    public static string AgendaHint(string organiser) => $"If you leave this box empty, only {organiser} will see your points.";

    /// <summary>How each request is named to the individual, on the card and when it is said back.</summary>
    public static string Request(PreparationRequest request) => request switch
    {
        PreparationRequest.Breaks => "Breaks during the meeting",
        PreparationRequest.CameraOff => "Keeping my camera off",
        PreparationRequest.InPerson => "Meeting in person",
        PreparationRequest.Online => "Meeting online",
        PreparationRequest.QuietRoom => "A quiet room",
        PreparationRequest.MoreTime => "More time to think and answer",
        PreparationRequest.QuestionsInWriting => "The questions in writing before the meeting",
        PreparationRequest.SomethingElse => "Something else, in your own words",
        PreparationRequest.SupportPerson => "Bringing a support person",
        PreparationRequest.Advocate => "Bringing an advocate",
        _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
    };

    public static string Bringing(Bringing bringing) => bringing switch
    {
        Preparation.Bringing.Nobody => "No, I will come on my own",
        Preparation.Bringing.SupportPerson => "Yes, a support person. They are there for me, but do not take part.",
        Preparation.Bringing.Advocate => "Yes, an advocate. They can speak up for me.",
        Preparation.Bringing.NotSure => "I am not sure yet",
        _ => throw new ArgumentOutOfRangeException(nameof(bringing), bringing, null),
    };

    /// <summary>After answers are sent on the card.</summary>
    public static string Sent(string organiser) => $"Thank you. {organiser} has your answers. You can change them at any time before the meeting.";

    /// <summary>After a typed message: who has it.</summary>
    public static string Noted(string organiser) => $"Thank you. I have passed this on to {organiser}, who is organising the meeting. Nobody else will see it.";

    public const string TakenAs = "I took it as:";
    public const string TakenAsPoint = "a point you want to raise at the meeting";
    public const string TakenAsWords = "a message for the organiser, in your own words";

    public static string NotWanted(PreparationRequest request) => $"not needed: {Request(request).ToLowerInvariant()}";

    public static string TakenAsBringing(Bringing bringing, string? who) => (bringing, who) switch
    {
        (Preparation.Bringing.SupportPerson, { } person) => $"bringing a support person: {person}",
        (Preparation.Bringing.SupportPerson, null) => "bringing a support person",
        (Preparation.Bringing.Advocate, { } person) => $"bringing an advocate: {person}",
        (Preparation.Bringing.Advocate, null) => "bringing an advocate",
        (Preparation.Bringing.Nobody, _) => "coming on your own",
        _ => "not sure yet who you will bring",
    };

    public const string ChangeHint = "If I got this wrong, type **change** to see all your answers and change them.";

    public static string ShareHint(string organiser)
        => $"Your points stay between you and {organiser}. If you would like everyone at the meeting to read them first, type **share my points**.";

    public const string Shared = "Your points are now on the meeting's plan, so everyone there can read them before it starts. Type **keep my points private** to take them off.";

    public static string Private(string organiser) => $"Your points are off the meeting's plan. Only {organiser} will see them.";

    public const string NothingToShare = "You have not told me any points to raise yet. Type them to me, or use the questions card.";

    /// <summary>The lead's reply, as the individual gets it; the reply itself follows in the lead's words.</summary>
    public static string Replied(string organiser) => $"{organiser} replied to what you said before the meeting:";

    /// <summary>When the lead has arranged something they asked for.</summary>
    public static string ArrangedNote(string organiser) => $"{organiser} has arranged this for your meeting:";
}
