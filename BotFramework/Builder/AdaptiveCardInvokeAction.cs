using System.Text.Json;

namespace CaseBot.BotFramework.Builder;

/// <summary>The Action.Execute that was pressed: its verb and data (merged with the card's input values).</summary>
public sealed record AdaptiveCardInvokeAction(string? Type, string? Id, string? Verb, JsonElement? Data, string? Title = null);
