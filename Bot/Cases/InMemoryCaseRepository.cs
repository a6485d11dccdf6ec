using System.Collections.Concurrent;
using CaseBot.Cases.CaseFiles;

namespace CaseBot.Bot.Cases;

/// <summary>Cases kept in process (Storage:Provider=Memory, for benchmarks); stored as the same JSON documents as the database.</summary>
internal sealed class InMemoryCaseRepository(TimeProvider timeProvider) : ICaseRepository
{
    private readonly ConcurrentDictionary<(string Tenant, string Reference), CaseEntity> _rows = new();

    public Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var row = CaseEntity.New(criticalCase, timeProvider.GetUtcNow());
        if (!_rows.TryAdd((row.TenantId, row.Reference), row))
        {
            throw new DuplicateCaseReferenceException("The tenant already has a case with this reference.");
        }

        return Task.CompletedTask;
    }

    public Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Task.FromResult(_rows.TryGetValue((tenantId, reference.Value), out var row)
            ? row.ToCase()
            : null);
    }
}
