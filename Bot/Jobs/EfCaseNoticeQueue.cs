using CaseBot.Bot.Delivery;
using CaseBot.Bot.Storage;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Jobs;

/// <summary>Notices straight into the outbox, as the case repository writes them; a key already there (or racing in) is kept once.</summary>
internal sealed class EfCaseNoticeQueue(ICaseBotDbContextFactory contextFactory, TimeProvider timeProvider) : ICaseNoticeQueue
{
    public async Task<int> EnqueueAsync(CriticalCase criticalCase, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(notices);
        var queued = 0;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var notice in notices.DistinctBy(n => n.DedupKey, StringComparer.Ordinal))
        {
            if (await db.OutboxMessages.AnyAsync(m => m.DedupKey == notice.DedupKey, cancellationToken))
            {
                continue;
            }

            var row = OutboxMessages.From(criticalCase, notice, timeProvider.GetUtcNow());
            db.OutboxMessages.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // Another instance queued the same notice between the check and the insert.
                db.Entry(row).State = EntityState.Detached;
            }
        }

        return queued;
    }
}
