namespace CaseBot.Bot.Delivery;

/// <summary>Where a message landed: kept on its outbox row so the card can be updated for its recipient later.</summary>
/// <param name="ConversationId">The conversation it was posted to; null for an update (it replaced earlier messages).</param>
/// <param name="ActivityId">The Connector's id of the posted activity (null when the channel returned none).</param>
/// <param name="ServiceUrl">The Connector address used.</param>
internal sealed record SentMessage(string? ConversationId, string? ActivityId, string? ServiceUrl);
