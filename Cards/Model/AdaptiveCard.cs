using System.Text.Json.Serialization;

namespace CaseBot.Cards.Model;

/// <summary>An Adaptive Card, version 1.5 (the highest Teams renders).</summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-3)]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; } = new();
}
