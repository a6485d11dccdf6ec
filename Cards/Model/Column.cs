using System.Text.Json.Serialization;

namespace CaseBot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>; width "auto", "stretch" or a weight such as "2".</summary>
public sealed record Column
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "Column";

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}
