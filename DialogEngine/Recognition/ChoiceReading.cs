namespace CaseBot.DialogEngine.Recognition;

/// <summary>What <see cref="ChoiceReader"/> found: the values named for sure, whether nothing was in doubt, and the values it may mean.</summary>
public sealed record ChoiceReading(IReadOnlyList<string> Chosen, bool IsClear, IReadOnlyList<string> Possible);
