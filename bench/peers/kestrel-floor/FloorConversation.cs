namespace CaseBot.Bench.KestrelFloor;

/// <summary>The conversation an activity belongs to.</summary>
internal sealed record FloorConversation(string? Id, string? ConversationType, string? TenantId);
