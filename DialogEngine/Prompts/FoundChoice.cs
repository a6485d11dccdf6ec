namespace CaseBot.DialogEngine.Prompts;

/// <summary>The result of a <see cref="ChoicePrompt"/>: the chosen value and its zero-based position in the list shown.</summary>
public sealed record FoundChoice(string Value, int Index);
