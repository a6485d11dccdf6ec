using System.Text.Json.Serialization;

namespace CaseBot.Cards.Model;

/// <summary>Dynamic choices; in Teams, dataset <see cref="TeamsUsers"/> turns a choice set into the people picker.</summary>
public sealed record ChoicesData(string Dataset)
{
    public const string TeamsUsers = "graph.microsoft.com/users";

    [JsonPropertyName("type")]
    public string Type { get; init; } = "Data.Query";
}
