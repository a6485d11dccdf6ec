using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Engine.Recognition;

/// <summary>Finds the shared plain answers (<see cref="Cases.Answers.AnswerWords"/>: none, all, "don't know") in typed text.</summary>
internal static class AnswerPhrases
{
    /// <summary>
    /// True when the answer is one of <paramref name="phrases"/> and nothing else that means anything: "none", "none of them
    /// really", "n/a"; not "no risk of harm".
    /// </summary>
    public static bool IsWholeAnswer(string? text, IReadOnlyList<string> phrases)
    {
        var words = WordReader.Words(text);
        return Find(words, phrases) is { } found
            && Enumerable.Range(0, words.Count).All(i => found.Contains(i) || words[i].IsStopWord);
    }

    /// <summary>
    /// True when the answer opens with one of <paramref name="phrases"/> as a part of its own ("none, 3"), not as the start of a
    /// sentence ("no risk of harm") nor before "except", "apart from", "but" ("none except 6").
    /// </summary>
    public static bool StartsWith(string? text, IReadOnlyList<string> phrases)
    {
        var words = WordReader.Read(text);
        var end = Enumerable.Range(0, words.Count).FirstOrDefault(i => words[i].IsSeparator, words.Count);
        var first = words.Take(end).ToList();
        return end < words.Count && words[end].Text is "," or ";" or "and" or "." && first.Count > 0
            && Find(first, phrases) is { } found && Enumerable.Range(0, first.Count).All(i => found.Contains(i) || first[i].IsStopWord);
    }

    /// <summary>True when one of <paramref name="phrases"/> is anywhere in the answer ("I'm not sure really").</summary>
    public static bool Mentions(string? text, IReadOnlyList<string> phrases) => Find(WordReader.Words(text), phrases) is not null;

    private static IReadOnlySet<int>? Find(IReadOnlyList<Word> words, IReadOnlyList<string> phrases)
    {
        var vocabulary = new ChoiceVocabulary([new Choice("-", phrases[0], phrases)]);
        var scope = Enumerable.Range(0, words.Count).ToList();
        return vocabulary.Phrases.Select(p => ChoiceRecognizer.Find(p, words, scope)).OfType<PhraseMatch>()
            .Where(m => !m.Negated).OrderByDescending(m => m.Positions.Count).FirstOrDefault()?.Positions;
    }
}
