using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity, as Microsoft.Bot.Schema names it. Members this type does not know are kept in
/// <see cref="Properties"/> and written back unchanged, so nothing a channel sends is dropped.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public string? Locale { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<JsonElement>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    /// <summary>Invoke and submit payloads; for <see cref="ActivityTypes.InvokeResponse"/> the serialized <see cref="InvokeResponse"/>.</summary>
    public JsonElement? Value { get; set; }

    public string? ValueType { get; set; }

    public string? Name { get; set; }

    /// <summary>installationUpdate: add, add-upgrade, remove, remove-upgrade.</summary>
    public string? Action { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary><c>expectReplies</c> asks for the replies in the HTTP response body.</summary>
    public string? DeliveryMode { get; set; }

    public string? Label { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The Teams channel data, read from <see cref="ChannelData"/>.</summary>
    public TeamsChannelData? GetChannelData()
        => ChannelData is { ValueKind: JsonValueKind.Object } data
            ? data.Deserialize(BotJson.Options.GetTypeInfo(typeof(TeamsChannelData))) as TeamsChannelData
            : null;

    /// <summary>The tenant id, from the conversation or the Teams channel data.</summary>
    public string? GetTenantId() => Conversation?.TenantId ?? GetChannelData()?.Tenant?.Id;

    /// <summary>A reply addressed back to the sender of this activity (from/recipient swapped, replyToId set).</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = null,
        From = Recipient is null ? null : new ChannelAccount(Recipient.Id ?? string.Empty, Recipient.Name),
        Recipient = From is null ? null : new ChannelAccount(From.Id ?? string.Empty, From.Name, From.AadObjectId),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation,
        Text = text,
        Locale = Locale,
        Attachments = [],
    };

    /// <summary>The reference needed to reach this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>Addresses this (outgoing) activity to the conversation in <paramref name="reference"/>.</summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            Id = reference.ActivityId ?? Id;
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            ReplyToId ??= reference.ActivityId;
        }

        return this;
    }
}
