namespace CaseBot.Cases.Preparation;

/// <summary>
/// What the individual (or their representative) said before a Case Conference, all of it optional: what would help them take part
/// (<see cref="Help"/>, and <see cref="OtherHelp"/> in their own words), whether they bring a support person or an advocate and who
/// that is to them (by role: "my partner", never a name asked for), the points they want to raise, whether those points may join
/// the agenda that everyone at the meeting reads (only if they say so), and what they typed to CaseBot in their own words.
/// </summary>
public sealed record PreparationAnswers(
    IReadOnlyList<PreparationRequest> Help,
    string? OtherHelp,
    Bringing? Bringing,
    string? BringingWho,
    string? Points,
    bool PointsOnAgenda,
    IReadOnlyList<OwnWords> Messages)
{
    public const int MaxOtherHelpLength = 500;
    public const int MaxWhoLength = 100;
    public const int MaxPointsLength = 2000;
    public const int MaxMessages = 50;

    public static PreparationAnswers None { get; } = new([], null, null, null, null, false, []);

    /// <summary>The help offered as choices, in the order they are offered.</summary>
    public static IReadOnlyList<PreparationRequest> HelpChoices { get; } =
    [
        PreparationRequest.Breaks, PreparationRequest.CameraOff, PreparationRequest.InPerson, PreparationRequest.Online,
        PreparationRequest.QuietRoom, PreparationRequest.MoreTime, PreparationRequest.QuestionsInWriting,
    ];

    /// <summary>Everything asked for, each once, in a fixed order: the help chosen, help in their own words, the person they bring.</summary>
    public IReadOnlyList<PreparationRequest> Requests
    {
        get
        {
            var requests = HelpChoices.Where(Help.Contains).ToList();
            if (!string.IsNullOrWhiteSpace(OtherHelp))
            {
                requests.Add(PreparationRequest.SomethingElse);
            }

            if (Bringing is Preparation.Bringing.SupportPerson)
            {
                requests.Add(PreparationRequest.SupportPerson);
            }
            else if (Bringing is Preparation.Bringing.Advocate)
            {
                requests.Add(PreparationRequest.Advocate);
            }

            return requests;
        }
    }

    /// <summary>Nothing said at all.</summary>
    public bool IsEmpty => Requests.Count == 0 && Bringing is null && string.IsNullOrWhiteSpace(Points) && Messages.Count == 0;

    /// <summary>The points to put on the agenda: only when they said so.</summary>
    public string? AgendaPoints => PointsOnAgenda && !string.IsNullOrWhiteSpace(Points) ? Points : null;

    /// <summary>The answers trimmed and within the limits (help from the list only, each once; empty text as none).</summary>
    /// <exception cref="CaseRuleException">A text is too long, or there are too many messages; the message says which, plainly.</exception>
    public PreparationAnswers Checked()
    {
        var other = Trimmed(OtherHelp, MaxOtherHelpLength);
        var who = Trimmed(BringingWho, MaxWhoLength);
        var points = Trimmed(Points, MaxPointsLength);
        Require((Messages ?? []).Count <= MaxMessages, PreparationText.TooManyMessages);
        Require((Messages ?? []).All(m => m.Text.Length is > 0 and <= OwnWords.MaxLength), PreparationText.MessageTooLong);
        return new PreparationAnswers(
            [.. HelpChoices.Where((Help ?? []).Contains)], other, Bringing, Bringing is Preparation.Bringing.Nobody ? null : who, points,
            PointsOnAgenda && points is not null, [.. Messages ?? []]);
    }

    /// <summary>
    /// These answers with a typed message taken in: the help it names is added and the help it says is not wanted removed, the person
    /// it says they bring replaces the one before, and the message itself is kept in their own words, among their points to raise
    /// when it is one.
    /// </summary>
    public PreparationAnswers With(TypedPreparation typed, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var words = typed.Words.Trim();
        Require(words.Length is > 0 and <= OwnWords.MaxLength, PreparationText.MessageTooLong);
        var help = Help.Union(typed.Help).Except(typed.NotHelp).ToList();
        var bringing = typed.Bringing ?? Bringing;
        var who = typed.Who ?? (typed.Bringing is null || typed.Bringing == Bringing ? BringingWho : null);
        return typed.IsPoint
            ? this with { Help = help, Bringing = bringing, BringingWho = who, Points = string.IsNullOrWhiteSpace(Points) ? words : $"{Points}\n{words}" }
            : this with { Help = help, Bringing = bringing, BringingWho = who, Messages = [.. Messages, new OwnWords(words, at)] };
    }

    /// <summary>No words or choices, so answers written to a log give nothing away.</summary>
    public override string ToString() => $"PreparationAnswers {{ Requests = {Requests.Count}, Messages = {Messages.Count} }}";

    private static string? Trimmed(string? text, int max)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        Require(trimmed is null || trimmed.Length <= max, PreparationText.TooLong(max));
        return trimmed;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CaseRuleException(message);
        }
    }
}
