namespace CaseBot.DialogEngine.Prompts;

/// <summary>What a prompt made of the user's input: a value, or the reason it could not (used as the specific re-prompt).</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? Error = null);
