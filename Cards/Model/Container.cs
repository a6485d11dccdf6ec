namespace CaseBot.Cards.Model;

/// <summary>A group of elements, optionally styled.</summary>
public sealed record Container : CardElement
{
    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }
}
