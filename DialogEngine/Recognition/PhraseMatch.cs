namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Where an <see cref="OptionPhrase"/> was found in one segment of a typed answer: the positions of the words it took, how well
/// they matched (1 a word, less for a typo), the share of the phrase typed, and whether a "not"/"no" just before it negates it.
/// </summary>
internal sealed record PhraseMatch(OptionPhrase Phrase, IReadOnlySet<int> Positions, double Strength, double Coverage, bool Negated)
{
    public int Option => Phrase.Option;

    /// <summary>Orders matches: more words matched first, then a fuller share of the phrase, then exact over typo.</summary>
    public double Score => Strength + Coverage;

    public bool Overlaps(PhraseMatch other) => Positions.Overlaps(other.Positions);

    /// <summary>The same words read as another option, just as well: the answer could mean either.</summary>
    public bool TiesWith(PhraseMatch other)
        => other.Option != Option && Positions.SetEquals(other.Positions) && Math.Abs(Score - other.Score) < 1e-9;
}
