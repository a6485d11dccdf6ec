namespace CaseBot.Cards.Status;

/// <summary>The search card's button data; the reference input's value arrives beside it as <c>reference</c>.</summary>
public sealed record CaseSearchSubmit(string Command);
