namespace CaseBot.Cards.Model;

/// <summary>A date picker (value yyyy-MM-dd).</summary>
public sealed record DateInput : InputElement
{
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}
