using System.Text.Json;

namespace CaseBot.Cards.Model;

/// <summary>Posts its data (plus input values) back as a message activity.</summary>
public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public JsonElement? Data { get; init; }

    public string? AssociatedInputs { get; init; }
}
