namespace CaseBot.Dialogs.Engine.Prompts;

/// <summary>An option of a choice or multi-select prompt: the value returned, the title shown, and other words that pick it.</summary>
public sealed record Choice(string Value, string? Title = null, IReadOnlyList<string>? Synonyms = null)
{
    /// <summary>What the user sees.</summary>
    public string DisplayTitle => Title ?? Value;
}
