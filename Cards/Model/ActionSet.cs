namespace CaseBot.Cards.Model;

/// <summary>Buttons inside the body.</summary>
public sealed record ActionSet : CardElement
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
