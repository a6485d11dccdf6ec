using CaseBot.Bot.Storage;
using CaseBot.BotFramework.Schema;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Delivery;

/// <summary>Conversation references in the CaseBot database; writes go through <see cref="DatabaseWrites"/> (SQLite: the group commit).</summary>
internal sealed class EfConversationReferenceStore(ICaseBotDbContextFactory contextFactory, DatabaseWrites writes) : IConversationReferenceStore
{
    public async Task<ConversationReference?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var key = StoredReferences.Key(aadObjectId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.AadObjectId == key).Select(r => r.ReferenceJson).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : StoredReferences.Parse(json);
    }

    public async Task<ConversationReference?> FindAnyAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TenantId == tenantId).OrderByDescending(r => r.UpdatedAt).Select(r => r.ReferenceJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : StoredReferences.Parse(json);
    }

    public async Task SaveAsync(string tenantId, string aadObjectId, string referenceJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = StoredReferences.Key(aadObjectId);
        try
        {
            await writes.RunAsync(
                async (db, ct) =>
                {
                    var row = await db.ConversationReferences.SingleOrDefaultAsync(r => r.TenantId == tenantId && r.AadObjectId == key, ct);
                    if (row is null)
                    {
                        db.ConversationReferences.Add(new ConversationReferenceEntity { TenantId = tenantId, AadObjectId = key, ReferenceJson = referenceJson, UpdatedAt = now });
                    }
                    else if (!string.Equals(row.ReferenceJson, referenceJson, StringComparison.Ordinal))
                    {
                        row.ReferenceJson = referenceJson;
                        row.UpdatedAt = now;
                    }

                    return await db.SaveChangesAsync(ct);
                },
                cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another instance saved this person's reference first (their turns raced); theirs is as fresh as ours.
        }
    }

    public async Task DeleteAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var key = StoredReferences.Key(aadObjectId);
        await writes.RunAsync(
            (db, ct) => db.ConversationReferences.Where(r => r.TenantId == tenantId && r.AadObjectId == key).ExecuteDeleteAsync(ct),
            cancellationToken);
    }
}
