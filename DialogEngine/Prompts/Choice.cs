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

    /// <summary>The option in a few words, for a sentence ("Noted: 6. stuck or delayed"); the title when null.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>What the option covers, in a line of everyday words; shown with every option after a second answer not understood.</summary>
    public string? Example { get; init; }

    /// <summary>
    /// The option for anything not on the list ("Something else"): offered in every "did you mean", so that a wrong guess costs one
    /// turn.
    /// </summary>
    public bool IsSomethingElse { get; init; }

    /// <summary>How an echo or an example names the option: <see cref="ShortTitle"/>, else the title.</summary>
    public string NotedTitle => ShortTitle ?? DisplayTitle;

    /// <summary>The title without the "3. " it is listed with.</summary>
    public string TitleWithoutNumber => Recognition.ChoiceVocabulary.WithoutListNumber(DisplayTitle);
}
