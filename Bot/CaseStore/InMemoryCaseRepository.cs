using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CaseBot.Bot.Delivery;
using CaseBot.Cases.Caseload;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.CaseStore;

/// <summary>
/// Cases kept in process (Storage:Provider=Memory, for benchmarks); the same JSON documents as the database, packed
/// (<see cref="PackedCase"/>), with the strings many cases share (tenant, lead, stage) held once. Found by reference, by id and by
/// participant through indexes, as the database finds them, never by reading every case. With delivery registered
/// (AddCaseBotDelivery), a change's notices are queued in the in-memory outbox that the delivery worker drains.
/// </summary>
internal sealed class InMemoryCaseRepository(TimeProvider timeProvider, InMemoryOutboxStore? outbox = null, IOutboxSignal? outboxSignal = null) : ICaseRepository, ICaseReferenceSearch, ICaseloadSearch
{
    private readonly ConcurrentDictionary<(string Tenant, string Reference), Guid> _byReference = new();
    private readonly ConcurrentDictionary<Guid, PackedCase> _byId = new();
    private readonly ConcurrentDictionary<string, string> _shared = new(StringComparer.Ordinal);

    // "my cases" and "my actions": each person's cases (lead and attendees), as the database's participant rows.
    private readonly Dictionary<(string Tenant, string Person), HashSet<Guid>> _byParticipant = [];
    private readonly Lock _gate = new();

    // A meeting's Teams chat to its case, as the database's meeting chat rows.
    private readonly ConcurrentDictionary<(string Tenant, string Chat), Guid> _byMeetingChat = new();

    public Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var row = PackedCase.From(CaseEntity.New(criticalCase, timeProvider.GetUtcNow()), Shared);
        lock (_gate)
        {
            if (!_byReference.TryAdd((row.TenantId, row.Reference), row.Id))
            {
                throw new DuplicateCaseReferenceException("The tenant already has a case with this reference.");
            }

            _byId[row.Id] = row;
            Index(criticalCase, new HashSet<string>());
        }

        return Task.CompletedTask;
    }

    public Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Task.FromResult(_byReference.TryGetValue((tenantId, reference.Value), out var id) && _byId.TryGetValue(id, out var row) ? Read(row) : null);
    }

    public Task<CriticalCase?> FindByMeetingChatAsync(string tenantId, string chatId, CancellationToken cancellationToken)
        => Task.FromResult(_byMeetingChat.TryGetValue((tenantId, chatId), out var id) && _byId.TryGetValue(id, out var row) ? Read(row) : null);

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
            if (!_byId.TryGetValue(criticalCase.Id, out var row) || row.Version != criticalCase.Version)
            {
                throw new CaseConflictException("The case changed since it was read.");
            }

            var before = Read(row).ParticipantAadObjectIds;
            var entity = row.ToEntity();
            entity.Apply(criticalCase, timeProvider.GetUtcNow());
            _byId[row.Id] = PackedCase.From(entity, Shared);
            Index(criticalCase, before);
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

        // The daily jobs' scan (the database's Stage index does the same): only the matching rows are unpacked.
        foreach (var row in _byId.Values.Where(r => names.Contains(r.Stage)).OrderBy(r => r.UpdatedAt).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Read(row);
        }

        await Task.CompletedTask;
    }

    public Task<IReadOnlyList<CriticalCase>> ListForParticipantAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        List<PackedCase> rows;
        lock (_gate)
        {
            rows = _byParticipant.TryGetValue((tenantId, (aadObjectId ?? string.Empty).ToLowerInvariant()), out var ids)
                ? [.. ids.Select(id => _byId[id])]
                : [];
        }

        var cases = rows.OrderByDescending(r => r.UpdatedAt).Take(EfCaseRepository.MaxListed).Select(Read).ToList();
        return Task.FromResult<IReadOnlyList<CriticalCase>>(cases);
    }

    /// <summary>Reads every case of the tenant (this store serves benchmarks of the chat, not the OH service's page at scale).</summary>
    public Task<CaseloadPage> OpenCasesAsync(string tenantId, CaseloadQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The packed rows keep no caseload columns: they are worked out from each case, as a save writes them to the database.
        var rows = _byId.Values.Where(r => r.TenantId == tenantId && r.ClosedAt is null).Select(Read)
            .Select(c => (Case: c, Columns: CaseloadColumns.Of(c)))
            .Where(r => query.Stage is null || r.Case.Stage == query.Stage)
            .Where(r => query.MeetingType is null || r.Columns.MeetingType == query.MeetingType.ToString())
            .Where(r => query.TierLevel is null || r.Columns.TierLevel == query.TierLevel)
            .Where(r => !query.OverdueOnly || r.Columns.EarliestDueDay < query.Today.DayNumber)
            .ToList();
        var ordered = query.Sort switch
        {
            CaseloadSort.MostOverdue => rows.OrderBy(r => r.Columns.EarliestDueDay is null).ThenBy(r => r.Columns.EarliestDueDay),
            CaseloadSort.NextMeeting => rows.OrderBy(r => r.Columns.NextMeetingAt is null).ThenBy(r => r.Columns.NextMeetingAt),
            CaseloadSort.HighestTier => rows.OrderByDescending(r => r.Columns.TierLevel).ThenBy(r => r.Columns.ProgressAt),
            _ => rows.OrderBy(r => r.Columns.ProgressAt),
        };
        var (page, pages) = CaseloadPage.Clamp(query.Page, query.PageSize, rows.Count);
        var shown = ordered.ThenBy(r => r.Case.Id).Skip((page - 1) * query.PageSize).Take(query.PageSize).Select(r => r.Case);
        return Task.FromResult(new CaseloadPage([.. shown], page, pages, rows.Count));
    }

    public Task<IReadOnlyList<CaseReference>> StartingWithAsync(
        string tenantId, string prefix, string? participantAadObjectId, int limit, CancellationToken cancellationToken)
    {
        var (from, to) = ReferenceRange.Of(prefix);
        HashSet<Guid>? mine = null;
        if (participantAadObjectId is not null)
        {
            lock (_gate)
            {
                mine = _byParticipant.TryGetValue((tenantId, participantAadObjectId.ToLowerInvariant()), out var ids) ? [.. ids] : [];
            }
        }

        IReadOnlyList<CaseReference> found =
        [
            .. _byReference.Where(r => r.Key.Tenant == tenantId
                    && string.CompareOrdinal(r.Key.Reference, from) >= 0 && string.CompareOrdinal(r.Key.Reference, to) < 0
                    && (mine is null || mine.Contains(r.Value)))
                .Select(r => r.Key.Reference).Order(StringComparer.Ordinal).Take(limit).Select(CaseReference.Parse),
        ];
        return Task.FromResult(found);
    }

    private static CriticalCase Read(PackedCase row) => row.ToEntity().ToCase();

    // Under _gate: moves the case's entries from the participants it had to the ones it has now.
    private void Index(CriticalCase criticalCase, IReadOnlySet<string> before)
    {
        foreach (var chat in CaseEntity.MeetingChats(criticalCase))
        {
            _byMeetingChat[(chat.TenantId, chat.ChatId)] = chat.CaseId;
        }

        var now = criticalCase.ParticipantAadObjectIds.Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in before.Select(p => p.ToLowerInvariant()).Where(p => !now.Contains(p)))
        {
            if (_byParticipant.TryGetValue((criticalCase.TenantId, gone), out var ids))
            {
                ids.Remove(criticalCase.Id);
            }
        }

        foreach (var person in now)
        {
            var key = (Shared(criticalCase.TenantId), Shared(person));
            if (!_byParticipant.TryGetValue(key, out var ids))
            {
                _byParticipant[key] = ids = [];
            }

            ids.Add(criticalCase.Id);
        }
    }

    // One copy of each tenant id, lead id and stage name however many cases carry it.
    private string Shared(string value) => _shared.GetOrAdd(value, value);
}
