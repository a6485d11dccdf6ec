namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// A word of a typed answer or of an option, in the forms matching compares: as written (lower case, hyphens and possessives
/// gone), its stem, whether it is a stop word that carries no meaning of its own ("the", "of", "has"), and whether it separates
/// the things an answer lists ("and", or a comma kept as a word).
/// </summary>
internal readonly record struct Word(string Text, string Stem, bool IsStopWord, bool IsSeparator = false)
{
    /// <summary>Shortest word that may carry one typo (shorter words are too easily another word: "still"/"stall", "right"/"might").</summary>
    public const int MinTypoLength = 6;

    /// <summary>How much a typo-matched word counts, so an exact reading wins a tie with a typo reading.</summary>
    public const double TypoStrength = 0.9;

    private const string Others = "others";

    /// <summary>The same word: as written, by stem, or with one typo in a long word ("termnal", "tribunel").</summary>
    public bool Matches(Word other) => Strength(other) > 0;

    /// <summary>1 for the same word or stem, <see cref="TypoStrength"/> for one typo, 0 otherwise.</summary>
    public double Strength(Word other)
    {
        // "Others" are people ("a risk to others"), never the option "other".
        if (Text == Others || other.Text == Others)
        {
            return Text == other.Text ? 1 : 0;
        }

        if (Text == other.Text || Stem == other.Stem)
        {
            return 1;
        }

        // A letter left out or doubled counts in a five-letter word ("heath"), a letter changed only in a longer one ("still" is not "stall").
        var longEnough = Math.Min(Text.Length, other.Text.Length) >= MinTypoLength
            || (Text.Length != other.Text.Length && Math.Min(Text.Length, other.Text.Length) >= MinTypoLength - 1);
        return longEnough && !IsNumeric(Text) && !IsNumeric(other.Text) && EditDistance.AtMostOne(Text, other.Text) ? TypoStrength : 0;
    }

    private static bool IsNumeric(string text) => text.Any(char.IsDigit);
}
