using System.Text.RegularExpressions;
using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Engine.Recognition;

/// <summary>
/// Reads a typed list of options ("1, 3 and 5", "stress and back pain", "first and third", "none", "all"): names and synonyms are
/// found first (longest first, so a title containing "and" stays whole), then what is left is read as numbers and ordinals.
/// Anything left unrecognised fails the whole answer, with the words named in the re-prompt.
/// </summary>
internal static partial class MultiChoiceMatcher
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "also", "plus", "both", "option", "options", "number", "numbers", "please", "i", "want",
        "choose", "pick", "select", "like", "would", "i'd",
    };

    public static PromptRecognizerResult<IReadOnlyList<string>> Match(string? text, IReadOnlyList<Choice> choices, bool allowNone)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return Failed(null);
        }

        if (ChoiceMatcher.MatchExact(normalized, choices) is { } single)
        {
            return new(true, [single.Value]);
        }

        if (EngineText.NoneWords.Contains(normalized, StringComparer.Ordinal))
        {
            return allowNone ? new(true, []) : Failed(EngineText.RetryMultiSelectNone);
        }

        if (EngineText.AllWords.Contains(normalized, StringComparer.Ordinal))
        {
            return new(true, choices.Select(c => c.Value).ToList());
        }

        var chosen = new HashSet<int>();
        var rest = TakeNamedChoices(normalized, choices, chosen);
        var unknown = new List<string>();
        var previousWasNumber = false;
        foreach (var token in Separators().Split(rest).SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(t => t.Trim('.', '!', '?', ':', '(', ')', '"')).Where(t => t.Length > 0))
        {
            // "the second one": 'one' after a number is a word, not option 1.
            var isFiller = Filler.Contains(token) || (previousWasNumber && token is "one" or "ones");
            previousWasNumber = !isFiller && OptionNumber.Token(token, choices.Count) is not null;
            if (isFiller)
            {
                continue;
            }

            if (OptionNumber.Token(token, choices.Count) is not int number)
            {
                unknown.Add(token);
            }
            else if (number < 1 || number > choices.Count)
            {
                return Failed(EngineText.NoSuchOption(number));
            }
            else
            {
                chosen.Add(number - 1);
            }
        }

        if (unknown.Count > 0)
        {
            return Failed(chosen.Count > 0 ? EngineText.UnknownOptions(unknown) : null);
        }

        return chosen.Count == 0 ? Failed(null) : new(true, Values(choices, chosen));
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

    private static string TakeNamedChoices(string text, IReadOnlyList<Choice> choices, HashSet<int> chosen)
    {
        var phrases = choices
            .SelectMany((choice, i) => ChoiceMatcher.Phrases(choice).Select(p => (Phrase: p, Index: i)))
            .Where(p => !p.Phrase.All(char.IsDigit))
            .OrderByDescending(p => p.Phrase.Length);
        foreach (var (phrase, index) in phrases)
        {
            for (var match = TextNormalizer.FindPhrase(text, phrase); match.Success; match = TextNormalizer.FindPhrase(text, phrase))
            {
                chosen.Add(index);
                text = string.Concat(text.AsSpan(0, match.Index), ",", text.AsSpan(match.Index + match.Length));
            }
        }

        return text;
    }

    private static List<string> Values(IReadOnlyList<Choice> choices, HashSet<int> chosen)
        => chosen.Order().Select(i => choices[i].Value).ToList();

    private static PromptRecognizerResult<IReadOnlyList<string>> Failed(string? error) => new(false, null, error);

    [GeneratedRegex(@"[,;&+/]|\s-\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Separators();
}
