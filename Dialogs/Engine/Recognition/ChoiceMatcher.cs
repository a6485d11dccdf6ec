using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Engine.Recognition;

/// <summary>
/// Finds the one choice a typed answer means, most certain first: its value, title or a synonym (ignoring case and punctuation);
/// the number or ordinal of a shown option; then a value, title or synonym found as whole words, if only one choice fits.
/// </summary>
internal static class ChoiceMatcher
{
    private const int MinPartialLength = 3;

    public static FoundChoice? Match(string? text, IReadOnlyList<Choice> choices, bool allowPartial = true)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return MatchExact(normalized, choices)
            ?? MatchNumber(normalized, choices)
            ?? (allowPartial ? MatchPartial(normalized, choices) : null);
    }

    /// <summary>A choice whose value, title or synonym equals the (normalised) text.</summary>
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

    /// <summary>The normalised words that pick <paramref name="choice"/>.</summary>
    public static IEnumerable<string> Phrases(Choice choice)
        => new[] { choice.Value, choice.Title }
            .Concat(choice.Synonyms ?? [])
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static FoundChoice? MatchNumber(string normalized, IReadOnlyList<Choice> choices)
        => OptionNumber.Parse(normalized, choices.Count) is int n && n >= 1 && n <= choices.Count
            ? new FoundChoice(choices[n - 1].Value, n - 1)
            : null;

    private static FoundChoice? MatchPartial(string normalized, IReadOnlyList<Choice> choices)
    {
        var hits = Enumerable.Range(0, choices.Count)
            .Where(i => Phrases(choices[i]).Any(p =>
                (p.Length >= MinPartialLength && TextNormalizer.ContainsPhrase(normalized, p))
                || (normalized.Length >= MinPartialLength && TextNormalizer.ContainsPhrase(p, normalized))))
            .ToList();
        return hits.Count == 1 ? new FoundChoice(choices[hits[0]].Value, hits[0]) : null;
    }
}
