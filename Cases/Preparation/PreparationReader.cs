namespace CaseBot.Cases.Preparation;

/// <summary>
/// Reads a message the individual typed before the meeting into a <see cref="TypedPreparation"/>, from the everyday words of
/// <see cref="PreparationSynonyms"/>: a phrase counts when each of its words is typed, in any order, with any short ending ("breaks",
/// "pauses"). Help named after "don't need" (and the like) is taken as not wanted. Pure: no I/O, no clock.
/// </summary>
public static class PreparationReader
{
    private static readonly string[] Negations = ["don't need", "dont need", "do not need", "no need", "not need", "don't want", "dont want", "do not want"];

    private static readonly (PreparationRequest Request, IReadOnlyList<string> Phrases)[] HelpPhrases =
    [
        (PreparationRequest.Breaks, PreparationSynonyms.Breaks), (PreparationRequest.CameraOff, PreparationSynonyms.CameraOff),
        (PreparationRequest.InPerson, PreparationSynonyms.InPerson), (PreparationRequest.Online, PreparationSynonyms.Online),
        (PreparationRequest.QuietRoom, PreparationSynonyms.QuietRoom), (PreparationRequest.MoreTime, PreparationSynonyms.MoreTime),
        (PreparationRequest.QuestionsInWriting, PreparationSynonyms.QuestionsInWriting),
    ];

    public static TypedPreparation Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var words = Words(lower);
        var named = HelpPhrases.Where(h => AnyPhrase(h.Phrases, words)).Select(h => h.Request).ToList();

        // "Not online" is a way of asking to meet in person, not a refusal of help.
        if (named.Contains(PreparationRequest.InPerson) && named.Contains(PreparationRequest.Online) && lower.Contains("not online", StringComparison.Ordinal))
        {
            named.Remove(PreparationRequest.Online);
        }

        var negated = Negations.Any(n => lower.Contains(n, StringComparison.Ordinal));
        var bringing = AnyPhrase(PreparationSynonyms.Advocate, words) ? Bringing.Advocate
            : AnyPhrase(PreparationSynonyms.SupportPerson, words) ? Bringing.SupportPerson
            : AnyPhrase(PreparationSynonyms.Nobody, words) ? Bringing.Nobody
            : (Bringing?)null;
        var companion = bringing is Bringing.SupportPerson or Bringing.Advocate ? Companion(lower, words) : null;
        var pointWords = named.Contains(PreparationRequest.QuestionsInWriting) ? PreparationSynonyms.PointWords.Where(p => p != "question") : PreparationSynonyms.PointWords;
        return new TypedPreparation(text.Trim(), negated ? [] : named, negated ? named : [], bringing, companion, AnyPhrase([.. pointWords], words));
    }

    /// <summary>True when the whole message is one of <paramref name="phrases"/> (a short command such as "change").</summary>
    public static bool IsExactly(string text, IReadOnlyList<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrases);
        var said = string.Join(' ', Words(text.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal)));
        return phrases.Any(p => string.Equals(string.Join(' ', Words(p.Replace("'", string.Empty, StringComparison.Ordinal))), said, StringComparison.Ordinal));
    }

    // "My partner" when they said so, else "a friend": who the person is to them, never a name.
    private static string? Companion(string lower, IReadOnlyList<string> words)
    {
        var found = PreparationSynonyms.Companions.FirstOrDefault(c => Phrase(c, words));
        return found is null ? null : lower.Contains("my " + found, StringComparison.Ordinal) ? "my " + found : "a " + found;
    }

    private static bool AnyPhrase(IReadOnlyList<string> phrases, IReadOnlyList<string> words) => phrases.Any(p => Phrase(p, words));

    private static bool Phrase(string phrase, IReadOnlyList<string> words)
        => Words(phrase).All(part => words.Any(w => w.StartsWith(part, StringComparison.Ordinal) && w.Length <= part.Length + 3));

    private static List<string> Words(string text)
        => [.. text.Split([' ', ',', '.', '!', '?', ';', ':', '\n', '\r', '\t', '(', ')', '"', '-'], StringSplitOptions.RemoveEmptyEntries)];
}
