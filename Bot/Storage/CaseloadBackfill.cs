using CaseBot.Bot.CaseStore;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>
/// Fills the OH service's columns (<see cref="CaseloadColumns"/>) of rows saved before they existed, or by an older version, a batch at a
/// time, at start after migrating. A row saved meanwhile by a running instance is skipped (its version moved on, and its save wrote them).
/// </summary>
internal static class CaseloadBackfill
{
    private const int BatchSize = 500;

    public static async Task RunAsync(CaseBotDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = await db.Cases.Where(c => c.ColumnsVersion < CaseloadColumns.Version).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }

            foreach (var row in rows)
            {
                row.WithCaseloadColumns(row.ToCase());
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance saved one of these cases first: its save wrote the columns; read the batch again.
            }

            db.ChangeTracker.Clear();
        }
    }
}
