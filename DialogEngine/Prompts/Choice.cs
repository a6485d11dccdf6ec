namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// An option of a choice or multi-select prompt: the value returned, the title shown, other words that pick it, and lookalikes:
/// words that resemble it but mean something else ("my senior manager" beside "Me, the manager"), so an answer using them is
/// asked about rather than taken as this option.
/// </summary>
public sealed record Choice(string Value, string? Title = null, IReadOnlyList<string>? Synonyms = null, IReadOnlyList<string>? Lookalikes = null)
{
    /// <summary>What the user sees.</summary>
    public string DisplayTitle => Title ?? Value;

    /// <summary>The title without the "3. " it is listed with.</summary>
    public string TitleWithoutNumber => Recognition.ChoiceVocabulary.WithoutListNumber(DisplayTitle);
}
