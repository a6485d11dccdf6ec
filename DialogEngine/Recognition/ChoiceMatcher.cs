using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Finds the one choice a typed answer means: its exact value, title or synonym; the number or ordinal of a shown option; then
/// the <see cref="ChoiceRecognizer"/>'s reading of phrases, paraphrases and typos. An answer that names two options, or none for
/// sure, is not guessed at: the reason names the options it may mean, never the user's own words.
/// </summary>
internal static class ChoiceMatcher
{
    /// <summary>A choice whose value, title or synonym equals the (normalised) text: what a card submits.</summary>
    public static FoundChoice? MatchExact(string normalized, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (Phrases(choices[i]).Contains(normalized, StringComparer.Ordinal))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    /// <summary>
    /// A choice whose title (with or without its list number) is the whole typed answer. Values and synonyms are not enough here:
    /// "other" is both the value of "Something else" and the first word of another title, so the recogniser weighs it.
    /// </summary>
    public static FoundChoice? MatchTitle(string normalized, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var title = choices[i].DisplayTitle;
            if (TextNormalizer.Normalize(title) == normalized || TextNormalizer.Normalize(ChoiceVocabulary.WithoutListNumber(title)) == normalized)
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    /// <summary>The one choice <paramref name="text"/> names, or why it names none (as the re-prompt).</summary>
    public static PromptRecognizerResult<FoundChoice> MatchOne(string? text, ChoiceVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var choices = vocabulary.Choices;
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return new(false);
        }

        if ((MatchTitle(normalized, choices) ?? MatchNumber(normalized, choices)) is { } found)
        {
            return new(true, found);
        }

        var recognition = ChoiceRecognizer.Recognize(text, vocabulary);
        if (recognition is { Chosen.Count: 1, IsClear: true })
        {
            var index = recognition.Chosen[0];
            return new(true, new FoundChoice(choices[index].Value, index));
        }

        return new(false, Error: recognition switch
        {
            { MissingNumber: { } number } => EngineText.NoSuchChoice(number),
            { Chosen.Count: > 1 } => EngineText.OnlyOne(Titles(choices, [.. recognition.Chosen, .. recognition.Unsure])),
            { Possible.Count: > 0 } => EngineText.DidYouMean(TitlesOrElse(choices, [.. recognition.Chosen, .. recognition.Possible])),
            _ => null,
        });
    }

    /// <summary>The option titles as the user sees them, for "did you mean".</summary>
    public static IReadOnlyList<string> Titles(IReadOnlyList<Choice> choices, IEnumerable<int> indexes)
        => [.. indexes.Distinct().Select(i => choices[i].DisplayTitle)];

    /// <summary>
    /// <see cref="Titles"/>, then the list's "something else" option (<see cref="Choice.IsSomethingElse"/>) if it has one: a guess
    /// that is wrong then costs one turn, not a search through the list.
    /// </summary>
    public static IReadOnlyList<string> TitlesOrElse(IReadOnlyList<Choice> choices, IEnumerable<int> indexes)
    {
        var shown = indexes.Distinct().ToList();
        var somethingElse = Enumerable.Range(0, choices.Count).Where(i => choices[i].IsSomethingElse && !shown.Contains(i));
        return Titles(choices, [.. shown, .. somethingElse]);
    }

    private static IEnumerable<string> Phrases(Choice choice)
        => new[] { choice.Value, choice.Title, ChoiceVocabulary.WithoutListNumber(choice.DisplayTitle) }
            .Concat(choice.Synonyms ?? [])
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static FoundChoice? MatchNumber(string normalized, IReadOnlyList<Choice> choices)
        => OptionNumber.Parse(normalized, choices.Count) is int n && n >= 1 && n <= choices.Count
            ? new FoundChoice(choices[n - 1].Value, n - 1)
            : null;
}
