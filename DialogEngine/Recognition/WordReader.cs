using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Splits typed text into <see cref="Word"/>s, and a typed answer into segments where people separate the things they list:
/// commas, semicolons, new lines, full stops, "&amp;", "+", "/", "and", "also", "plus", "but", "whereas", "while", "except". Hyphens join nothing
/// ("life-changing" is "life changing"), possessives go ("individual's" is "individual"), apostrophes close up ("don't" is "dont").
/// </summary>
internal static partial class WordReader
{
    /// <summary>Words that carry no meaning of their own in an answer. Never "no", "not", "none", "other": they decide answers.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "as", "into", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "having", "there", "theres", "their", "theyre", "they", "it", "its", "this",
        "that", "thats", "these", "those", "which", "who", "what", "i", "im", "ive", "id", "we", "our", "us", "you", "your", "he", "she",
        "his", "her", "him", "hes", "shes", "them", "some", "any", "one", "more", "or", "and", "very", "quite", "just", "only", "please",
        "think", "would", "will", "could", "should", "may", "get", "got", "getting", "do", "does", "did", "so", "if", "then", "well",
        "option", "options", "number", "numbers", "choose", "pick", "select", "want", "like", "say", "said", "go", "ok", "okay", "also",
        "plus", "but", "however", "though", "although", "except", "apart", "besides", "really", "apply", "applies", "thanks", "thank",
        "cheers", "honestly", "sorry", "afraid", "both", "whereas", "while", "fairly", "em",
    };

    /// <summary>Words that turn what follows into its opposite ("no risk of harm", "isn't terminal").</summary>
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "nor", "neither", "without", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "doesnt",
        "dont", "didnt", "cant", "cannot", "wont", "wouldnt", "shouldnt", "nothing", "none", "nobody", "noone",
    };

    /// <summary>Words that make what a segment names only possible ("maybe 10", "possibly litigation", "either is fine").</summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "maybe", "perhaps", "possibly", "probably", "might", "unsure", "either", "whichever", "dunno", "ish",
    };

    /// <summary>Hedges that doubt whether it may happen ("might get stuck"), which a risk already says, not what was meant ("maybe").</summary>
    private static readonly HashSet<string> RiskHedges = new(StringComparer.Ordinal) { "might" };

    /// <summary>Hedges that doubt the word they are typed with ("stuck-ish"), rather than whether it may happen ("might").</summary>
    private static readonly HashSet<string> Softeners = new(StringComparer.Ordinal) { "ish" };

    /// <summary>Verbs that only help another ("nothing has moved", "nobody is doing anything").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "could", "should",
        "may", "do", "does", "did", "ever", "really", "just", "yet", "still", "actually", "even",
    };

    /// <summary>People: a phrase naming one ("i raised it", "she thinks") must have them, in order.</summary>
    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "myself", "we", "us", "our", "ourselves", "he", "she", "they",
    };

    private static readonly HashSet<string> SeparatorWords = new(StringComparer.Ordinal)
    {
        "and", "also", "plus", "but", "however", "though", "although", "whereas", "while", "then", "except", "apart", "besides",
    };

    /// <summary>All the words of <paramref name="text"/>, in order, without punctuation ("and" stays, as a separator word).</summary>
    public static IReadOnlyList<Word> Words(string? text) => [.. Read(text).Where(w => char.IsLetterOrDigit(w.Text[0]))];

    /// <summary>
    /// The words of <paramref name="text"/> with the separators between segments kept as words (<see cref="Word.IsSeparator"/>): a
    /// comma is ",", a new line ";", and "and" is both a separator and a stop word, so a phrase with "and" in it can still be found.
    /// </summary>
    public static IReadOnlyList<Word> Read(string? text)
    {
        var words = new List<Word>();
        var folded = Fold(text ?? string.Empty);
        foreach (var piece in Pieces().EnumerateMatches(folded))
        {
            var token = folded.Substring(piece.Index, piece.Length);
            if (char.IsLetterOrDigit(token[0]))
            {
                var word = ToWord(token);

                // "each other" and "others" are people, not the option "other".
                words.Add(word.Text == "other" && words.Count > 0 && words[^1].Text == "each" ? word with { IsStopWord = true } : word);
            }
            else if (words.Count > 0 && !words[^1].IsSeparator)
            {
                words.Add(new Word(token is "\n" or "\r" ? ";" : token, token, IsStopWord: true, IsSeparator: true));
            }
        }

        return words;
    }

    /// <summary>The segments of <paramref name="words"/> (from <see cref="Read"/>): runs of words between separators, as positions.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Segments(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var segments = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !words[i].IsSeparator)
            {
                current.Add(i);
            }
            else if (current.Count > 0)
            {
                segments.Add(current);
                current = [];
            }
        }

        return segments;
    }

    /// <summary>True for a word a typed number or ordinal may stand beside without saying anything ("option 3", "the third one").</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static bool IsNegator(string word) => Negators.Contains(word);

    public static bool IsHedge(string word) => Hedges.Contains(word);

    /// <summary>True for a hedge that doubts the answer itself ("the delay one maybe"), not only whether something may happen.</summary>
    public static bool IsAnswerDoubt(string word) => Hedges.Contains(word) && !RiskHedges.Contains(word);

    public static bool IsSoftener(string word) => Softeners.Contains(word);

    public static bool IsPerson(string word) => Persons.Contains(word);

    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word);

    private static Word ToWord(string token)
    {
        var text = token.EndsWith("'s", StringComparison.Ordinal) ? token[..^2] : token;
        text = text.Replace("'", string.Empty, StringComparison.Ordinal);
        return new Word(text, EnglishStemmer.Stem(text), StopWords.Contains(text), SeparatorWords.Contains(text));
    }

    /// <summary>Lower case, accents off, curly quotes straight, hyphens between letters as spaces, "n/a" as one word.</summary>
    private static string Fold(string text)
    {
        var lower = text.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(lower.Length);
        foreach (var c in lower.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            plain.Append(c);
        }

        var joined = plain.ToString().Replace("n/a", "na", StringComparison.Ordinal).Replace("&", " and ", StringComparison.Ordinal)
            .Replace("on-going", "ongoing", StringComparison.Ordinal);
        joined = NumberAbbreviation().Replace(joined, "number ");
        joined = NumberRange().Replace(joined, " to ");
        joined = NumberAlternative().Replace(joined, " or ");
        return WordHyphen().Replace(joined, " ");
    }

    // Words (letters and digits, with inner apostrophes), or single separator characters.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)*|[,;+/\n\r.!?:\-]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pieces();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordHyphen();

    // "no. 2" is "number 2".
    [GeneratedRegex(@"\bno\.\s*(?=\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberAbbreviation();

    // "2-5" is a range of options, "5/6" one or the other.
    [GeneratedRegex(@"(?<=\b\d{1,2})\s*-\s*(?=\d{1,2}\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"(?<=\b\d{1,2})\s*/\s*(?=\d{1,2}\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberAlternative();
}
