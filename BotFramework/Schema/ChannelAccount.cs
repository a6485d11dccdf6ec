using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation. In Teams, <c>id</c> is the per-bot 29:/28: id and <c>aadObjectId</c> the Entra object id.</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null, string? aadObjectId = null)
    {
        Id = id;
        Name = name;
        AadObjectId = aadObjectId;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
