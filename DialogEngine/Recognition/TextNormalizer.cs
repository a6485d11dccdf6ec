using System.Text.RegularExpressions;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>Puts typed answers in one comparable form: lower case, single spaces, no surrounding punctuation or quotes.</summary>
internal static partial class TextNormalizer
{
    private static readonly char[] Edges = ['.', '!', '?', ',', ';', ':', '"', '\'', '(', ')', ' ', '\u2018', '\u2019', '\u201C', '\u201D'];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lower = text.Replace('\u2019', '\'').ToLowerInvariant();
        return Whitespace().Replace(lower, " ").Trim(Edges);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
