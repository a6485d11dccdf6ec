namespace CaseBot.Cases.Preparation;

/// <summary>What <see cref="PlainEnglish.Check"/> found in a text.</summary>
/// <param name="ReadingEase">The Flesch reading ease, to one decimal place (higher is easier).</param>
/// <param name="Words">Words counted.</param>
/// <param name="Sentences">Sentences counted (headings, list items and facts each count as one).</param>
/// <param name="UnexplainedAcronyms">Acronyms not explained where they first appear.</param>
public sealed record PlainEnglishVerdict(double ReadingEase, int Words, int Sentences, IReadOnlyList<string> UnexplainedAcronyms)
{
    /// <summary>Reading ease at least <see cref="PlainEnglish.MinReadingEase"/> and every acronym explained.</summary>
    public bool Passes => ReadingEase >= PlainEnglish.MinReadingEase && UnexplainedAcronyms.Count == 0;

    public override string ToString()
        => $"reading ease {ReadingEase} over {Words} words in {Sentences} sentences" +
           (UnexplainedAcronyms.Count > 0 ? $"; unexplained: {string.Join(", ", UnexplainedAcronyms)}" : string.Empty);
}
