using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// The part of an inbound activity worth keeping to reach its sender later: ids, the conversation, the Connector address. No names,
/// and no activity id (it changes every message, so keeping it would turn every turn into a write).
/// </summary>
internal static class StoredReferences
{
    public const string PersonalConversation = "personal";

    /// <summary>Tenant, sender and reference of a 1:1 chat activity from a person with an Entra id; null for anything else.</summary>
    public static (string TenantId, string AadObjectId, ConversationReference Reference)? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenantId = activity.GetTenantId();
        if (activity.From is not { Id.Length: > 0, AadObjectId.Length: > 0 } from || activity.Conversation is not { Id.Length: > 0 } conversation
            || !string.Equals(conversation.ConversationType, PersonalConversation, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(activity.ServiceUrl) || activity.Recipient?.Id is not { Length: > 0 } botId)
        {
            return null;
        }

        var reference = new ConversationReference
        {
            User = new ChannelAccount(from.Id, aadObjectId: from.AadObjectId),
            Bot = new ChannelAccount(botId),
            Conversation = new ConversationAccount(conversation.Id, PersonalConversation, tenantId),
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
        return (tenantId, Key(from.AadObjectId), reference);
    }

    /// <summary>Entra object ids are GUIDs that arrive in either case; stored and looked up in lower case.</summary>
    public static string Key(string aadObjectId) => aadObjectId.ToLowerInvariant();

    public static string ToJson(ConversationReference reference) => JsonSerializer.Serialize(reference, BotJson.Options);

    public static ConversationReference? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
