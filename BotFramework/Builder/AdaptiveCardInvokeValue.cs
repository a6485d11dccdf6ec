using System.Text.Json;

namespace CaseBot.BotFramework.Builder;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke (Universal Actions).</summary>
public sealed record AdaptiveCardInvokeValue(AdaptiveCardInvokeAction? Action, string? Trigger = null, JsonElement? Authentication = null, string? State = null);
