namespace CaseBot.Cards.Model;

/// <summary>A text box.</summary>
public sealed record TextInput : InputElement
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }
}
