using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// One of the shared plain answers (<see cref="PlainAnswerWords"/>: none, all, "don't know"), found in typed text. Built once per
/// <see cref="PlainAnswers"/> and never changed.
/// </summary>
internal sealed class AnswerPhrases
{
    private readonly ChoiceVocabulary _vocabulary;

    public AnswerPhrases(IReadOnlyList<string> phrases) => _vocabulary = new ChoiceVocabulary([new Choice("-", phrases[0], phrases)]);

    /// <summary>
    /// True when the answer is made of the phrases and nothing else that means anything: "none", "none of them really", "n/a",
    /// "no, nothing like that", "not really, no"; not "no risk of harm", nor "nothing has moved for months".
    /// </summary>
    /// <param name="text">The answer.</param>
    /// <param name="filler">Words that add nothing to the answer ("on the list", "so far"), if any.</param>
    /// <param name="question">The question asked: its words add nothing either ("none of these circumstances").</param>
    public bool IsWholeAnswer(string? text, AnswerPhrases? filler = null, string? question = null)
    {
        var words = WordReader.Words(text);
        var covered = Covered(words);
        if (covered.Count == 0)
        {
            return false;
        }

        var asked = WordReader.Words(question).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var padding = filler?.Covered(words) ?? [];
        return Enumerable.Range(0, words.Count).All(i => covered.Contains(i) || padding.Contains(i) || words[i].IsStopWord || asked.Contains(words[i].Stem));
    }

    /// <summary>
    /// True when the answer opens with one of the phrases as a part of its own ("none, 3"), not as the start of a sentence
    /// ("no risk of harm") nor before "except", "apart from", "but" ("none except 6").
    /// </summary>
    public bool StartsWith(string? text)
    {
        var words = WordReader.Read(text);
        var end = Enumerable.Range(0, words.Count).FirstOrDefault(i => words[i].IsSeparator, words.Count);
        var first = words.Take(end).ToList();
        return end < words.Count && words[end].Text is "," or ";" or "and" or "." && first.Count > 0
            && Find(first) is { } found && Enumerable.Range(0, first.Count).All(i => found.Contains(i) || first[i].IsStopWord);
    }

    /// <summary>True when one of the phrases is anywhere in the answer ("I'm not sure really").</summary>
    public bool Mentions(string? text) => Find(WordReader.Words(text)) is not null;

    /// <summary>
    /// The positions of every phrase found, negated or not: in "no, none" or "not really, no" one none-word stands before another.
    /// </summary>
    private HashSet<int> Covered(IReadOnlyList<Word> words)
    {
        var scope = Enumerable.Range(0, words.Count).ToList();
        return _vocabulary.PhrasesFor(words).Select(p => ChoiceRecognizer.Find(p, words, scope)).OfType<PhraseMatch>()
            .SelectMany(m => m.Positions).ToHashSet();
    }

    private IReadOnlySet<int>? Find(IReadOnlyList<Word> words)
    {
        var scope = Enumerable.Range(0, words.Count).ToList();
        return _vocabulary.PhrasesFor(words).Select(p => ChoiceRecognizer.Find(p, words, scope)).OfType<PhraseMatch>()
            .Where(m => !m.Negated).OrderByDescending(m => m.Positions.Count).FirstOrDefault()?.Positions;
    }
}
