using System.Text.Json;

namespace CaseBot.Bench.KestrelFloor;

/// <summary>The one reply the floor sends.</summary>
internal sealed record FloorReply(
    string Type, string Text, string? ReplyToId, string? ChannelId, JsonElement? From, JsonElement? Recipient, FloorConversation? Conversation);
