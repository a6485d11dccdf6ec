namespace CaseBot.Cards.Model;

/// <summary>Reveals a nested card.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
