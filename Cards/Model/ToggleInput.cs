namespace CaseBot.Cards.Model;

/// <summary>A check box.</summary>
public sealed record ToggleInput(string Title) : InputElement
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
