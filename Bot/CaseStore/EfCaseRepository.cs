using System.Runtime.CompilerServices;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Storage;
using CaseBot.Cases.Caseload;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.CaseStore;

/// <summary>Cases in the CaseBot database; a reference is unique per tenant, and saves are checked against the version read.</summary>
internal sealed class EfCaseRepository(
    ICaseBotDbContextFactory contextFactory, DatabaseWrites writes, TimeProvider timeProvider, IOutboxSignal? outboxSignal = null) : ICaseRepository, ICaseReferenceSearch, ICaseloadSearch
{
    public const int MaxListed = 200;
    private const int PageSize = 200;

    public async Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        try
        {
            await writes.RunAsync(
                async (db, ct) =>
                {
                    db.Cases.Add(CaseEntity.New(criticalCase, timeProvider.GetUtcNow()));
                    db.CaseParticipants.AddRange(CaseEntity.Participants(criticalCase));
                    db.CaseMeetingChats.AddRange(CaseEntity.MeetingChats(criticalCase));
                    return await db.SaveChangesAsync(ct);
                },
                cancellationToken);
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

    public async Task<CriticalCase?> FindByMeetingChatAsync(string tenantId, string chatId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.CaseMeetingChats.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.ChatId == chatId)
            .Join(db.Cases.AsNoTracking(), m => m.CaseId, c => c.Id, (_, c) => c)
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row?.ToCase();
    }

    public async Task<CriticalCase?> FindByIdAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return row?.ToCase();
    }

    public async Task UpdateAsync(CriticalCase criticalCase, string actorAadObjectId, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(notices);
        int queued;
        try
        {
            queued = await writes.RunAsync((db, ct) => SaveChangedCaseAsync(db, criticalCase, notices, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new CaseConflictException("The case changed since it was read.", ex);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // A save racing this one inserted the same participant or notice first (the database serialises the two before it
            // checks the version): the case changed since it was read.
            throw new CaseConflictException("The case changed since it was read.", ex);
        }

        // Saved: this instance's delivery worker sends them now instead of at its next poll.
        if (queued > 0)
        {
            outboxSignal?.Nudge();
        }
    }

    public async IAsyncEnumerable<CriticalCase> ListByStageAsync(IReadOnlyCollection<CaseStage> stages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stages);
        // The stages left out, so the page filters with NOT IN, which no index serves: a planner given "Stage IN (...)" reads the
        // stage index and sorts every matching case by id for each page, which made the daily jobs' scan quadratic.
        var others = Enum.GetValues<CaseStage>().Except(stages).Select(s => s.ToString()).ToList();
        var after = (Guid?)null;
        while (true)
        {
            // Keyset pages along the primary key, so a long scan holds no connection, sees each case once even while others are
            // saved (a case's id never changes; its UpdatedAt does), and each page is an index range: the whole scan is linear
            // in the cases. (Paging by UpdatedAt over several stages sorted every matching row for every page: 100k cases took
            // the daily jobs close to a minute of CPU each.)
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var page = await ScanPage(db, others, after).ToListAsync(cancellationToken);
            foreach (var row in page)
            {
                yield return row.ToCase();
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>One page of the stage scan (tests read its plan): the next cases by id after <paramref name="after"/> in none of <paramref name="otherStages"/>.</summary>
    internal static IQueryable<CaseEntity> ScanPage(CaseBotDbContext db, IReadOnlyCollection<string> otherStages, Guid? after)
    {
        var cases = db.Cases.AsNoTracking();
        if (after is { } last)
        {
            cases = cases.Where(c => c.Id.CompareTo(last) > 0);
        }

        return cases.Where(c => !otherStages.Contains(c.Stage)).OrderBy(c => c.Id).Take(PageSize);
    }

    public async Task<IReadOnlyList<CriticalCase>> ListForParticipantAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var normalised = aadObjectId?.ToLowerInvariant() ?? string.Empty;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // From the person's participant rows (index on TenantId, AadObjectId) to their cases by key: the cost grows with their own
        // cases, not with every case in the database (an EXISTS per case row made the planner scan the Cases table).
        var rows = await db.CaseParticipants.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.AadObjectId == normalised)
            .Join(db.Cases.AsNoTracking(), p => p.CaseId, c => c.Id, (_, c) => c)
            .OrderByDescending(c => c.UpdatedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToCase())];
    }

    public async Task<IReadOnlyList<CaseReference>> StartingWithAsync(
        string tenantId, string prefix, string? participantAadObjectId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var references = await ReferencesStartingWith(db, tenantId, prefix, participantAadObjectId).Take(limit).ToListAsync(cancellationToken);
        return [.. references.Select(CaseReference.Parse)];
    }

    public async Task<CaseloadPage> OpenCasesAsync(string tenantId, CaseloadQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var open = Caseload(db, tenantId, query);
        var total = await open.CountAsync(cancellationToken);
        var (page, pages) = CaseloadPage.Clamp(query.Page, query.PageSize, total);
        var rows = await Ordered(open, query.Sort).Skip((page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new CaseloadPage([.. rows.Select(r => r.ToCase())], page, pages, total);
    }

    /// <summary>The OH service's filter (tests read its plan): a tenant's open cases, on the caseload columns only.</summary>
    internal static IQueryable<CaseEntity> Caseload(CaseBotDbContext db, string tenantId, CaseloadQuery query)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.TenantId == tenantId && c.ClosedAt == null);
        if (query.Stage is { } stage)
        {
            var name = stage.ToString();
            cases = cases.Where(c => c.Stage == name);
        }

        if (query.MeetingType is { } type)
        {
            var name = type.ToString();
            cases = cases.Where(c => c.MeetingType == name);
        }

        if (query.TierLevel is { } level)
        {
            cases = cases.Where(c => c.TierLevel == level);
        }

        if (query.OverdueOnly)
        {
            var today = query.Today.DayNumber;
            cases = cases.Where(c => c.EarliestDueDay < today);
        }

        return cases;
    }

    /// <summary>The order asked for; the id last, so pages never overlap. "None" (no action open, no meeting booked) sorts last alike on both databases.</summary>
    internal static IQueryable<CaseEntity> Ordered(IQueryable<CaseEntity> cases, CaseloadSort sort) => sort switch
    {
        CaseloadSort.MostOverdue => cases.OrderBy(c => c.EarliestDueDay == null).ThenBy(c => c.EarliestDueDay).ThenBy(c => c.Id),
        CaseloadSort.NextMeeting => cases.OrderBy(c => c.NextMeetingAt == null).ThenBy(c => c.NextMeetingAt).ThenBy(c => c.Id),
        CaseloadSort.HighestTier => cases.OrderByDescending(c => c.TierLevel).ThenBy(c => c.ProgressAt).ThenBy(c => c.Id),
        _ => cases.OrderBy(c => c.ProgressAt).ThenBy(c => c.Id),
    };

    /// <summary>
    /// The reference search's query (tests read its plan): a range of the (TenantId, Reference) index, since references are stored
    /// upper case and both databases compare them ordinally (SQLite's BINARY collation; PostgreSQL's column collation "C"). A
    /// participant's search starts from their own cases (the participants index).
    /// </summary>
    internal static IQueryable<string> ReferencesStartingWith(CaseBotDbContext db, string tenantId, string prefix, string? participantAadObjectId)
    {
        var (from, to) = ReferenceRange.Of(prefix);
        IQueryable<CaseEntity> cases = db.Cases.AsNoTracking();
        if (participantAadObjectId is not null)
        {
            var participant = participantAadObjectId.ToLowerInvariant();
            cases = db.CaseParticipants.Where(p => p.TenantId == tenantId && p.AadObjectId == participant).Join(cases, p => p.CaseId, c => c.Id, (_, c) => c);
        }

        return cases
            .Where(c => c.TenantId == tenantId && string.Compare(c.Reference, from) >= 0 && string.Compare(c.Reference, to) < 0)
            .OrderBy(c => c.Reference)
            .Select(c => c.Reference);
    }

    /// <summary>Applies a changed case (and its notices) on <paramref name="db"/> and saves; returns how many notices were queued.</summary>
    private async Task<int> SaveChangedCaseAsync(CaseBotDbContext db, CriticalCase criticalCase, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        // One UPDATE that matches the version the case was read at: a save racing this one, or a case deleted meanwhile, changes no
        // row. The row is not read first: its document is written here, never used (every card click saves a case).
        var row = CaseEntity.Changed(criticalCase, timeProvider.GetUtcNow());
        var changed = await db.Cases
            .Where(c => c.Id == criticalCase.Id && c.Version == criticalCase.Version)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Stage, row.Stage).SetProperty(c => c.Json, row.Json).SetProperty(c => c.Version, row.Version)
                    .SetProperty(c => c.UpdatedAt, row.UpdatedAt).SetProperty(c => c.ClosedAt, row.ClosedAt)
                    .SetProperty(c => c.MeetingType, row.MeetingType).SetProperty(c => c.TierLevel, row.TierLevel)
                    .SetProperty(c => c.ProgressAt, row.ProgressAt).SetProperty(c => c.NextMeetingAt, row.NextMeetingAt)
                    .SetProperty(c => c.EarliestDueDay, row.EarliestDueDay).SetProperty(c => c.ColumnsVersion, row.ColumnsVersion),
                cancellationToken);
        if (changed == 0)
        {
            throw new CaseConflictException("The case changed since it was read.");
        }

        // Participants change when attendees are picked; most saves (a tick, a record) leave them as they are and write nothing here.
        var stored = await db.CaseParticipants.AsNoTracking().Where(p => p.CaseId == criticalCase.Id).Select(p => p.AadObjectId).ToListAsync(cancellationToken);
        var wanted = CaseEntity.Participants(criticalCase).ToList();
        var gone = stored.Where(s => !wanted.Exists(w => string.Equals(w.AadObjectId, s, StringComparison.OrdinalIgnoreCase))).ToList();
        if (gone.Count > 0)
        {
            await db.CaseParticipants.Where(p => p.CaseId == criticalCase.Id && gone.Contains(p.AadObjectId)).ExecuteDeleteAsync(cancellationToken);
        }

        db.CaseParticipants.AddRange(wanted.Where(w => !stored.Exists(s => string.Equals(w.AadObjectId, s, StringComparison.OrdinalIgnoreCase))));

        // A meeting's chat is added by the save that books it; other saves find every chat already there and write nothing.
        var chats = CaseEntity.MeetingChats(criticalCase).ToList();
        if (chats.Count > 0)
        {
            var storedChats = await db.CaseMeetingChats.AsNoTracking().Where(m => m.CaseId == criticalCase.Id).Select(m => m.ChatId).ToListAsync(cancellationToken);
            db.CaseMeetingChats.AddRange(chats.Where(c => !storedChats.Contains(c.ChatId)));
        }

        var queued = await AddNoticesAsync(db, criticalCase, notices, cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return queued;
    }

    // A notice whose key is already in the outbox was delivered (or is queued) already: keep one.
    private async Task<int> AddNoticesAsync(CaseBotDbContext db, CriticalCase criticalCase, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var keys = notices.Select(n => n.DedupKey).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.OutboxMessages.Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var added = notices.DistinctBy(n => n.DedupKey, StringComparer.Ordinal)
            .Where(n => !existing.Contains(n.DedupKey, StringComparer.Ordinal))
            .Select(n => OutboxMessages.From(criticalCase, n, now)).ToList();
        db.OutboxMessages.AddRange(added);
        return added.Count;
    }
}
