namespace CaseBot.Cards.Model;

/// <summary>One title/value row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
