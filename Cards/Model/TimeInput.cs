namespace CaseBot.Cards.Model;

/// <summary>A time picker (value HH:mm).</summary>
public sealed record TimeInput : InputElement
{
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}
