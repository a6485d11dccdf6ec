using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>Reads a reference to a shown option by position: "2", "#2", "option 2", "2nd", "second", "the second one", "last".</summary>
internal static partial class OptionNumber
{
    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    private static readonly string[] Cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The 1-based number referred to by a whole (normalised) answer, or null.</summary>
    public static int? Parse(string normalized, int choiceCount)
    {
        var match = Reference().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        return Token(match.Groups["n"].Value, choiceCount);
    }

    /// <summary>The 1-based number of a single token ("3", "3rd", "third", "three"), or null.</summary>
    public static int? Token(string token, int choiceCount)
    {
        var digits = Digits().Match(token);
        if (digits.Success)
        {
            return int.TryParse(digits.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (token == "last")
        {
            return choiceCount;
        }

        var ordinal = Array.IndexOf(Ordinals, token);
        if (ordinal >= 0)
        {
            return ordinal + 1;
        }

        var cardinal = Array.IndexOf(Cardinals, token);
        return cardinal >= 0 ? cardinal + 1 : null;
    }

    [GeneratedRegex(
        @"^(?:the\s+)?(?:(?:option|number|no\.|choice|#)\s*)?(?<n>#?\d{1,3}(?:st|nd|rd|th)?|[a-z]+)(?:\s+(?:one|option))?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^#?(?<d>\d{1,3})(?:st|nd|rd|th)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();
}
