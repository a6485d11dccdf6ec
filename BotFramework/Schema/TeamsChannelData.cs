using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseBot.BotFramework.Schema;

/// <summary>The Teams-specific part of an activity (<c>channelData</c>).</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    public string? EventType { get; set; }

    public NotificationInfo? Notification { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
