using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseBot.Bench.KestrelFloor;

/// <summary>The few activity members the floor reads; accounts are passed through as they came.</summary>
internal sealed record FloorActivity(
    string? Type, string? Id, string? ServiceUrl, string? ChannelId, JsonElement? From, JsonElement? Recipient, FloorConversation? Conversation, string? Text)
{
    public const string ConnectorClient = "connector";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public FloorReply Reply(string text) => new("message", text, Id, ChannelId, Recipient, From, Conversation);
}
