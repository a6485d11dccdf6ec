using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to (personal, groupChat or channel in Teams).</summary>
public sealed class ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(string id, string? conversationType = null, string? tenantId = null, bool? isGroup = null)
    {
        Id = id;
        ConversationType = conversationType;
        TenantId = tenantId;
        IsGroup = isGroup;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
