namespace CaseBot.Cards.Model;

/// <summary>An image.</summary>
public sealed record Image(Uri Url) : CardElement
{
    public string? AltText { get; init; }

    public string? Size { get; init; }
}
