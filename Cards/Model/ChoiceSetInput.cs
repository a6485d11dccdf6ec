using System.Text.Json.Serialization;

namespace CaseBot.Cards.Model;

/// <summary>Options to pick from; a multi-select posts the values comma-separated.</summary>
public sealed record ChoiceSetInput : InputElement
{
    public IReadOnlyList<InputChoice> Choices { get; init; } = [];

    [JsonPropertyName("choices.data")]
    public ChoicesData? ChoicesData { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}
