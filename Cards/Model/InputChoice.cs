namespace CaseBot.Cards.Model;

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
public sealed record InputChoice(string Title, string Value);
