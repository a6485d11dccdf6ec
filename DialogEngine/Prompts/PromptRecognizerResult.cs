namespace CaseBot.DialogEngine.Prompts;

/// <summary>What a prompt made of the user's input: a value, or the reason it could not (used as the specific re-prompt).</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? Error = null)
{
    /// <summary>
    /// What a typed answer was read as, in the options' own words (never the user's: they may hold names or health details), said
    /// back before the next question so that a misreading shows at once; empty for "none of them"; null when nothing needs saying
    /// (a click on a card, a yes or no, free text).
    /// </summary>
    public IReadOnlyList<string>? Noted { get; init; }
}
