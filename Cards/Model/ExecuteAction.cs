using System.Text.Json;

namespace CaseBot.Cards.Model;

/// <summary>Universal Actions: the bot answers an <c>adaptiveCard/action</c> invoke, and may replace the card.</summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public JsonElement? Data { get; init; }

    /// <summary>"auto" (default), "none"; which inputs travel with the action.</summary>
    public string? AssociatedInputs { get; init; }

    /// <summary>For clients without Universal Actions (declared as the base type so the JSON carries its "type").</summary>
    public CardAction? Fallback { get; init; }
}
