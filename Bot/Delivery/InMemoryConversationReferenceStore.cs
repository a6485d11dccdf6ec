using System.Collections.Concurrent;
using CaseBot.BotFramework.Schema;

namespace CaseBot.Bot.Delivery;

/// <summary>Conversation references kept in process (Storage:Provider=Memory).</summary>
internal sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<(string Tenant, string AadObjectId), (string Json, DateTimeOffset UpdatedAt)> _rows = new();

    public Task<ConversationReference?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
        => Task.FromResult(_rows.TryGetValue((tenantId, StoredReferences.Key(aadObjectId)), out var row) ? StoredReferences.Parse(row.Json) : null);

    public Task<ConversationReference?> FindAnyAsync(string tenantId, CancellationToken cancellationToken)
    {
        var newest = _rows.Where(r => r.Key.Tenant == tenantId).OrderByDescending(r => r.Value.UpdatedAt).Select(r => r.Value.Json).FirstOrDefault();
        return Task.FromResult(newest is null ? null : StoredReferences.Parse(newest));
    }

    public Task SaveAsync(string tenantId, string aadObjectId, string referenceJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _rows.AddOrUpdate(
            (tenantId, StoredReferences.Key(aadObjectId)),
            (referenceJson, now),
            (_, old) => string.Equals(old.Json, referenceJson, StringComparison.Ordinal) ? old : (referenceJson, now));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        _rows.TryRemove((tenantId, StoredReferences.Key(aadObjectId)), out _);
        return Task.CompletedTask;
    }
}
