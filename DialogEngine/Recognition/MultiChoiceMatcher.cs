using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Reads a typed list of options ("1, 3 and 5", "terminal illness and a tribunal", "first and third", "none", "all"): every option
/// the <see cref="ChoiceRecognizer"/> finds, in one message. An answer it cannot read for sure is asked about, naming the options it
/// may mean and those it already understood; never the user's own words, which may hold names or health details.
/// </summary>
internal static class MultiChoiceMatcher
{
    /// <param name="text">The typed answer.</param>
    /// <param name="vocabulary">The options, read into words.</param>
    /// <param name="answers">The plain answers: none, all, and the filler words that may pad them.</param>
    /// <param name="allowNone">Whether "none" is an answer.</param>
    /// <param name="allowAll">Whether "all" selects every option (else it is asked about).</param>
    /// <param name="question">The question asked, whose words may pad a plain answer ("none of these circumstances").</param>
    public static PromptRecognizerResult<IReadOnlyList<string>> Match(
        string? text, ChoiceVocabulary vocabulary, PlainAnswers answers, bool allowNone, bool allowAll = true, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(answers);
        var choices = vocabulary.Choices;
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return Failed(null);
        }

        if (ChoiceMatcher.MatchTitle(normalized, choices) is { } single)
        {
            return new(true, [single.Value]);
        }

        var recognition = ChoiceRecognizer.Recognize(text, vocabulary);

        // "None" only when the whole answer says none ("no, nothing like that"). A sentence that merely contains "no", "not" or
        // "nothing" ("nothing has moved for months") is read for what it names, and asked about when nothing in it is recognised:
        // taken as none, it would be dropped without the manager ever seeing it.
        if (recognition is { Chosen.Count: 0, Unsure.Count: 0, Denied.Count: 0 } && answers.None.IsWholeAnswer(text, answers.Filler, question))
        {
            return allowNone ? new(true, []) : Failed(EngineText.RetryMultiSelectNone);
        }

        if (recognition.Chosen.Count == 0 && answers.All.IsWholeAnswer(text, answers.Filler, question))
        {
            return allowAll ? new(true, choices.Select(c => c.Value).ToList()) : Failed(EngineText.WhichOfAll);
        }

        if (recognition.Chosen.Count > 0 && answers.None.StartsWith(text))
        {
            // "none, 3": which is it?
            return Failed(EngineText.NoneAndSome(ChoiceMatcher.Titles(choices, recognition.Chosen)));
        }

        return recognition switch
        {
            { MissingNumber: { } number } => Failed(EngineText.NoSuchOption(number)),
            { Chosen.Count: > 0, IsClear: true } => new(true, Values(choices, recognition.Chosen)),
            { Chosen.Count: > 0 } => Failed(EngineText.AlsoMean(
                ChoiceMatcher.Titles(choices, recognition.Chosen), ChoiceMatcher.Titles(choices, recognition.Unsure))),
            { Possible.Count: > 0 } => Failed(EngineText.DidYouMeanAny(ChoiceMatcher.TitlesOrElse(choices, recognition.Possible), allowNone)),
            _ => Failed(null),
        };
    }

    /// <summary>Card values ("a,b,c", or toggles): every part must be a choice's value or title.</summary>
    public static PromptRecognizerResult<IReadOnlyList<string>> MatchValues(
        IEnumerable<string> values, IReadOnlyList<Choice> choices, bool allowNone)
    {
        var chosen = new HashSet<int>();
        foreach (var value in values.Select(TextNormalizer.Normalize).Where(v => v.Length > 0))
        {
            if (ChoiceMatcher.MatchExact(value, choices) is not { } found)
            {
                return Failed(null);
            }

            chosen.Add(found.Index);
        }

        if (chosen.Count == 0)
        {
            return allowNone ? new(true, []) : Failed(EngineText.RetryMultiSelectNone);
        }

        return new(true, Values(choices, chosen));
    }

    private static List<string> Values(IReadOnlyList<Choice> choices, IEnumerable<int> chosen)
        => chosen.Order().Select(i => choices[i].Value).ToList();

    private static PromptRecognizerResult<IReadOnlyList<string>> Failed(string? error) => new(false, null, error);
}
