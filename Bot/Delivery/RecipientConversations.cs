using System.Net;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// Finds where to post a message: the person's stored 1:1 chat, or a new one created through the Connector (Teams returns the
/// existing chat when there is one), or a named group chat. The Connector address and the bot's account come from any stored
/// reference of the tenant, else from configuration.
/// </summary>
internal sealed class RecipientConversations(
    IConversationReferenceStore references,
    IConnectorClient connector,
    IOptions<DeliveryOptions> options,
    IOptions<BotFrameworkAuthenticationOptions> identity,
    TimeProvider timeProvider)
{
    private const string TeamsChannel = "msteams";

    public async Task<ConversationReference> ForPersonAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        if (await references.FindAsync(tenantId, aadObjectId, cancellationToken) is { Conversation.Id.Length: > 0, ServiceUrl.Length: > 0 } stored)
        {
            return stored;
        }

        var known = await TenantAddressAsync(tenantId, cancellationToken);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = known.Bot,

            // Without the per-bot 29: id (no stored reference), Teams accepts the Entra object id when the app is installed for the person.
            Members = [new ChannelAccount(aadObjectId)],
            TenantId = tenantId,
            ChannelData = BotJson.ToElement(new TeamsChannelData { Tenant = new TenantInfo(tenantId) }),
        };

        ConversationResourceResponse created;
        try
        {
            created = await connector.CreateConversationAsync(known.ServiceUrl!, parameters, cancellationToken);
        }
        catch (ConnectorException ex) when (ex is ConversationUnreachableException || ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            throw new NotDeliverableException(DeliveryCodes.NotInstalled);
        }

        var reference = known with
        {
            User = new ChannelAccount(aadObjectId, aadObjectId: aadObjectId),
            Conversation = new ConversationAccount(created.Id!, StoredReferences.PersonalConversation, tenantId),
            ServiceUrl = string.IsNullOrEmpty(created.ServiceUrl) ? known.ServiceUrl : created.ServiceUrl,
        };

        // Kept so the next message goes straight to the chat; the person's next message to CaseBot replaces it with the full reference.
        await references.SaveAsync(tenantId, aadObjectId, StoredReferences.ToJson(reference), timeProvider.GetUtcNow(), cancellationToken);
        return reference;
    }

    public async Task<ConversationReference> ForChatAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
        => await TenantAddressAsync(tenantId, cancellationToken) with { Conversation = new ConversationAccount(conversationId, tenantId: tenantId) };

    private async Task<ConversationReference> TenantAddressAsync(string tenantId, CancellationToken cancellationToken)
    {
        var any = await references.FindAnyAsync(tenantId, cancellationToken);
        var serviceUrl = any?.ServiceUrl is { Length: > 0 } stored ? stored : options.Value.DefaultServiceUrl;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            throw new NotDeliverableException(DeliveryCodes.NoServiceUrl);
        }

        var appId = identity.Value.MicrosoftAppId;
        var bot = any?.Bot is { Id.Length: > 0 } known ? new ChannelAccount(known.Id) : string.IsNullOrWhiteSpace(appId) ? null : new ChannelAccount("28:" + appId);
        return new ConversationReference
        {
            Bot = bot ?? throw new NotDeliverableException(DeliveryCodes.NoBotAccount),
            ChannelId = any?.ChannelId ?? TeamsChannel,
            ServiceUrl = serviceUrl,
        };
    }
}
