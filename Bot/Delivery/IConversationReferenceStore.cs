using CaseBot.BotFramework.Schema;

namespace CaseBot.Bot.Delivery;

/// <summary>Where the 1:1 chats with people are remembered, by tenant and Entra object id (lower case).</summary>
internal interface IConversationReferenceStore
{
    Task<ConversationReference?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The newest reference of anyone in the tenant: its serviceUrl and bot account serve to open a chat with someone new.</summary>
    Task<ConversationReference?> FindAnyAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the reference; writes nothing when the stored JSON is the same.</summary>
    Task SaveAsync(string tenantId, string aadObjectId, string referenceJson, DateTimeOffset now, CancellationToken cancellationToken);

    Task DeleteAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);
}
