using System.Text.RegularExpressions;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// The readability check every text the individual (and their representative) reads must pass: plain English as measured by the
/// Flesch reading ease (at least <see cref="MinReadingEase"/>: "plain English, easily understood by 13 to 15 year olds"), and no
/// acronym left unexplained. The words it explains are <see cref="PreparationText"/>'s; the tests run every message, card and
/// reminder the individual can be sent through it.
/// <para>
/// How it counts. Flesch reading ease is 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words). A sentence ends at a
/// full stop, question mark or exclamation mark, and at the end of a line: a heading, a list item or a card's fact is a sentence of
/// its own. Markdown marks and links' addresses are left out. A word is a run of letters (an apostrophe or hyphen inside it
/// joins it up); a number is one word of one syllable. Syllables are counted the usual way for English without a dictionary:
/// groups of vowels, less a silent ending ("-e", "-es", "-ed").
/// </para>
/// <para>
/// An acronym is a word of two or more capital letters ("OH", "EPS", "CMM"). It is explained when, where it first appears, it stands
/// in brackets after the words it is short for, "Occupational Health (OH)", or is followed by what it is in brackets, "EPS (the
/// human resources team)". <see cref="EverydayAcronyms"/> need no explaining.
/// </para>
/// </summary>
public static partial class PlainEnglish
{
    /// <summary>Fairly easy to read or easier ("plain English").</summary>
    public const double MinReadingEase = 60;

    /// <summary>Acronyms everyone reads as words.</summary>
    public static IReadOnlySet<string> EverydayAcronyms { get; } = new HashSet<string>(StringComparer.Ordinal) { "UK", "OK" };

    /// <summary>Both checks, with the figures behind them.</summary>
    public static PlainEnglishVerdict Check(string text)
    {
        var (words, sentences, syllables) = Count(text);
        var ease = words == 0 ? 100 : Ease(words, sentences, syllables);
        return new PlainEnglishVerdict(Math.Round(ease, 1), words, sentences, UnexplainedAcronyms(text));
    }

    /// <summary>The Flesch reading ease of <paramref name="text"/> (100 for a text with no words).</summary>
    public static double ReadingEase(string text)
    {
        var (words, sentences, syllables) = Count(text);
        return words == 0 ? 100 : Ease(words, sentences, syllables);
    }

    /// <summary>Each acronym whose first appearance is not explained, once, in the order they appear.</summary>
    public static IReadOnlyList<string> UnexplainedAcronyms(string text)
    {
        var plain = Plain(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unexplained = new List<string>();
        foreach (Match match in Acronym().Matches(plain))
        {
            var acronym = match.Groups["acronym"].Value;
            if (!seen.Add(acronym) || EverydayAcronyms.Contains(acronym))
            {
                continue;
            }

            var inBrackets = match.Index > 0 && plain[match.Index - 1] == '(' && match.Index + match.Length < plain.Length && plain[match.Index + match.Length] == ')'
                && match.Index > 1 && char.IsLetter(plain[..(match.Index - 1)].TrimEnd().LastOrDefault());
            var followedByBrackets = plain[(match.Index + match.Length)..].StartsWith(" (", StringComparison.Ordinal);
            if (!inBrackets && !followedByBrackets)
            {
                unexplained.Add(acronym);
            }
        }

        return unexplained;
    }

    /// <summary>Syllables in one word, by the vowel-group rule (at least one).</summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Any(char.IsDigit))
        {
            return 1;
        }

        // A hyphenated or joined word is the sum of its parts ("return-to-work").
        var parts = word.ToLowerInvariant().Split(['-', '\''], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts.Sum(Syllables) : SyllablesOf(parts.Length == 1 ? parts[0] : word.ToLowerInvariant());
    }

    private static int SyllablesOf(string word)
    {
        var letters = new string([.. word.Where(char.IsLetter)]);
        if (letters.Length <= 3)
        {
            return 1;
        }

        var trimmed = SilentEnding().Replace(letters, string.Empty);
        trimmed = trimmed.StartsWith('y') ? trimmed[1..] : trimmed;
        return Math.Max(1, VowelGroup().Matches(trimmed).Count);
    }

    private static double Ease(int words, int sentences, int syllables)
        => 206.835 - (1.015 * words / Math.Max(1, sentences)) - (84.6 * syllables / words);

    private static (int Words, int Sentences, int Syllables) Count(string text)
    {
        var (words, sentences, syllables) = (0, 0, 0);
        foreach (var sentence in SentenceEnd().Split(Plain(text)))
        {
            var found = Word().Matches(sentence).Select(m => m.Value).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            sentences++;
            words += found.Count;
            syllables += found.Sum(Syllables);
        }

        return (words, sentences, syllables);
    }

    // The words a reader sees: no Markdown marks, link text without its address, no bare addresses.
    private static string Plain(string text)
    {
        var withoutLinks = Link().Replace(text ?? string.Empty, "${text}");
        withoutLinks = Address().Replace(withoutLinks, string.Empty);
        return Marks().Replace(withoutLinks, string.Empty);
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?<acronym>[A-Z]{2,})s?(?![A-Za-z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"[.!?]+(?=\s|$)|\r?\n", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\d]+(?:['’\-:.,][\p{L}\d]+)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();

    [GeneratedRegex(@"\*\*|(?<=\s|^)[*_](?=\S)|(?<=\S)[*_](?=\s|$|[.,;:!?])|^\s*[-•]\s+|^\s*\d+\.\s+", RegexOptions.CultureInvariant | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marks();

    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VowelGroup();
}
