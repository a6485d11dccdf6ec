using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CaseBot.Bot.Delivery;
using CaseBot.Cases.CaseFiles;

namespace CaseBot.Bot.Cases;

/// <summary>
/// Cases kept in process (Storage:Provider=Memory, for benchmarks); stored as the same JSON documents as the database. With delivery
/// registered (AddCaseBotDelivery), a change's notices are queued in the in-memory outbox that the delivery worker drains.
/// </summary>
internal sealed class InMemoryCaseRepository(TimeProvider timeProvider, InMemoryOutboxStore? outbox = null, IOutboxSignal? outboxSignal = null) : ICaseRepository, ICaseReferenceSearch
{
    private readonly ConcurrentDictionary<(string Tenant, string Reference), CaseEntity> _rows = new();

    // Card clicks find a case by id: an index, not a scan of every case (as the database's primary key does).
    private readonly ConcurrentDictionary<Guid, CaseEntity> _byId = new();
    private readonly Lock _gate = new();

    public Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var row = CaseEntity.New(criticalCase, timeProvider.GetUtcNow());
        if (!_rows.TryAdd((row.TenantId, row.Reference), row))
        {
            throw new DuplicateCaseReferenceException("The tenant already has a case with this reference.");
        }

        _byId[row.Id] = row;
        return Task.CompletedTask;
    }

    public Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Task.FromResult(_rows.TryGetValue((tenantId, reference.Value), out var row) ? Read(row) : null);
    }

    public Task<CriticalCase?> FindByIdAsync(Guid caseId, CancellationToken cancellationToken)
        => Task.FromResult(_byId.TryGetValue(caseId, out var row) ? Read(row) : null);

    /// <summary>Notices dropped because no outbox is registered (delivery not added); counted for tests.</summary>
    public int NoticesDropped { get; private set; }

    public Task UpdateAsync(CriticalCase criticalCase, string actorAadObjectId, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(notices);
        lock (_gate)
        {
            if (!_rows.TryGetValue((criticalCase.TenantId, criticalCase.Reference.Value), out var row) || row.Version != criticalCase.Version)
            {
                throw new CaseConflictException("The case changed since it was read.");
            }

            row.Apply(criticalCase, timeProvider.GetUtcNow());
            if (outbox is null)
            {
                NoticesDropped += notices.Count;
            }
            else if (outbox.Add(criticalCase, notices, timeProvider.GetUtcNow()) > 0)
            {
                outboxSignal?.Nudge();
            }
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<CriticalCase> ListByStageAsync(IReadOnlyCollection<CaseStage> stages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var names = stages.Select(s => s.ToString()).ToHashSet();
        foreach (var row in _rows.Values.Where(r => names.Contains(r.Stage)).OrderBy(r => r.UpdatedAt).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Read(row);
        }

        await Task.CompletedTask;
    }

    public Task<IReadOnlyList<CriticalCase>> ListForParticipantAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var cases = _rows.Values.Where(r => r.TenantId == tenantId).Select(Read)
            .Where(c => c.ParticipantAadObjectIds.Contains(aadObjectId))
            .OrderByDescending(c => c.LastActivity).Take(EfCaseRepository.MaxListed).ToList();
        return Task.FromResult<IReadOnlyList<CriticalCase>>(cases);
    }

    public Task<IReadOnlyList<CaseReference>> StartingWithAsync(
        string tenantId, string prefix, string? participantAadObjectId, int limit, CancellationToken cancellationToken)
    {
        var (from, to) = ReferenceRange.Of(prefix);
        var rows = _rows.Values.Where(r => r.TenantId == tenantId
            && string.CompareOrdinal(r.Reference, from) >= 0 && string.CompareOrdinal(r.Reference, to) < 0);
        if (participantAadObjectId is not null)
        {
            rows = rows.Where(r => Read(r).ParticipantAadObjectIds.Contains(participantAadObjectId));
        }

        IReadOnlyList<CaseReference> found = [.. rows.Select(r => r.Reference).Order(StringComparer.Ordinal).Take(limit).Select(CaseReference.Parse)];
        return Task.FromResult(found);
    }

    private CriticalCase Read(CaseEntity row)
    {
        lock (_gate)
        {
            return row.ToCase();
        }
    }
}
