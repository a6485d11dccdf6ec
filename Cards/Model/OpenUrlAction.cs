namespace CaseBot.Cards.Model;

/// <summary>Opens a link.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
