using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// What the case repository promises on each database, as the host registers it (audited), run against SQLite and PostgreSQL by
/// deriving: references unique per tenant, version-checked saves that never overwrite silently (also between two instances at
/// once), notices saved with the change, and the list queries. A fresh database per test, so classes run in parallel.
/// </summary>
public abstract partial class CaseRepositoryContractTests : IAsyncLifetime
{
    private TestDatabase? _database;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    private protected StorageInstance First { get; private set; } = null!;

    protected ICaseRepository Sut => First.Services.GetRequiredService<ICaseRepository>();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        First = await StartInstanceAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>Another app instance (process) over the same database, with the same fake clock.</summary>
    private protected Task<StorageInstance> StartInstanceAsync()
        => _database!.StartInstanceAsync((services, _) => services.AddSingleton<TimeProvider>(Clock));

    [StorageFact]
    public async Task AddAsync_NewCase_IsFoundByReferenceInAnyCaseAndById()
    {
        var added = TestCriticalCases.Open("hr-2026-01", Clock.GetUtcNow());

        await Sut.AddAsync(added, default);

        var byReference = await Sut.FindAsync(TestCriticalCases.Tenant, CaseReference.Parse("HR-2026-01"), default);
        var byId = await Sut.FindByIdAsync(added.Id, default);
        Assert.Equal((added.Id, 0L, CaseStage.MeetingRecommended), (byReference!.Id, byReference.Version, byReference.Stage));
        Assert.Equal(added.Chronology, byId!.Chronology);
    }

    [StorageFact]
    public async Task FindAsync_UnknownCase_ReturnsNull()
    {
        await Sut.AddAsync(TestCriticalCases.Open("HR-1", Clock.GetUtcNow()), default);

        Assert.Null(await Sut.FindAsync("other-tenant", CaseReference.Parse("HR-1"), default));
        Assert.Null(await Sut.FindByIdAsync(Guid.NewGuid(), default));
    }

    [StorageFact]
    public async Task AddAsync_ReferenceTakenInTheTenant_IsADuplicateButAnotherTenantMayUseIt()
    {
        await Sut.AddAsync(Open("HR-1", "t1"), default);

        await Assert.ThrowsAsync<DuplicateCaseReferenceException>(() => Sut.AddAsync(Open("HR-1", "t1"), default));
        await Sut.AddAsync(Open("HR-1", "t2"), default);

        Assert.NotNull(await Sut.FindAsync("t2", CaseReference.Parse("HR-1"), default));
    }

    [StorageFact]
    public async Task AddAsync_SameReferenceFromTwoInstancesAtOnce_OneIsSavedTheOtherIsADuplicate()
    {
        var second = await StartInstanceAsync();
        var cases = new[] { Open("HR-RACE", "t1"), Open("HR-RACE", "t1") };
        var repositories = new[] { Sut, second.Services.GetRequiredService<ICaseRepository>() };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => OutcomeAsync(() => repositories[i].AddAsync(cases[i], default))));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.IsType<DuplicateCaseReferenceException>(Assert.Single(outcomes, o => o is not null));
        var audit = await First.Services.GetRequiredService<IAuditLog>().ForCaseAsync("t1", CaseReference.Parse("HR-RACE"), default);
        Assert.Equal(new[] { AuditOutcome.Saved, AuditOutcome.Refused }.Order(), audit.Select(r => r.Entry.Outcome).Order());
    }

    [StorageFact]
    public async Task AddAsync_AfterARestart_TheCaseIsStillThere()
    {
        var added = TestCriticalCases.Open("HR-KEPT", Clock.GetUtcNow());
        await Sut.AddAsync(added, default);

        await First.DisposeAsync();
        var restarted = await StartInstanceAsync();

        Assert.Equal(added.Id, (await restarted.Services.GetRequiredService<ICaseRepository>().FindByIdAsync(added.Id, default))!.Id);
    }

    /// <summary>Runs <paramref name="action"/>; the exception it threw, or null when it succeeded.</summary>
    protected static async Task<Exception?> OutcomeAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await Task.Run(action);
            return null;
        }
#pragma warning disable CA1031 // The test inspects whatever was thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex;
        }
    }

    private protected static async Task<List<string>> OutboxKeysAsync(StorageInstance instance)
    {
        await using var db = await instance.CreateDbContextAsync();
        return await db.OutboxMessages.Select(m => m.DedupKey).ToListAsync();
    }

    private CriticalCase Open(string reference, string tenant)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger>());
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, true, false));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), TestCriticalCases.LeadId, tenant, new TriageRecord(NeedIdentifiedBy.Manager, answers, true, false),
            MeetingRecommender.Accept(recommendation), Clock.GetUtcNow());
    }
}
