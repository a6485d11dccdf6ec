namespace CaseBot.Cards.Model;

/// <summary>A number box.</summary>
public sealed record NumberInput : InputElement
{
    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Placeholder { get; init; }
}
