using CaseBot.Bot.Storage;
using CaseBot.Cases.CaseFiles;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Cases;

/// <summary>Cases in the CaseBot database; a reference is unique per tenant, and saves are checked against the version read.</summary>
internal sealed class EfCaseRepository(ICaseBotDbContextFactory contextFactory, TimeProvider timeProvider) : ICaseRepository
{
    public async Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Cases.Add(CaseEntity.New(criticalCase, timeProvider.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateCaseReferenceException("The tenant already has a case with this reference.", ex);
        }
    }

    public async Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Reference == reference.Value, cancellationToken);
        return row?.ToCase();
    }
}
