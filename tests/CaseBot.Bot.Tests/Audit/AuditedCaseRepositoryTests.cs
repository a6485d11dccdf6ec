using CaseBot.Bot.Tests.Storage;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>
/// Saving a case through the registered repository writes its audit entry: opened (saved), or refused for a taken reference. Run
/// against SQLite and PostgreSQL by deriving, a fresh database per test.
/// </summary>
public abstract class AuditedCaseRepositoryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private TestDatabase? _database;
    private ICaseRepository _sut = null!;
    private IAuditLog _audit = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        var instance = await _database.StartInstanceAsync((s, _) => s.AddSingleton<TimeProvider>(_clock));
        _sut = instance.Services.GetRequiredService<ICaseRepository>();
        _audit = instance.Services.GetRequiredService<IAuditLog>();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task AddAsync_NewCase_AuditsTheOpeningByTheLead()
    {
        var criticalCase = Case("HR-1", "lead-1");

        await _sut.AddAsync(criticalCase, default);

        var entry = Assert.Single(await _audit.ForCaseAsync("t1", criticalCase.Reference, default)).Entry;
        Assert.Equal(new AuditEntry(_clock.GetUtcNow(), "t1", "lead-1", AuditAction.CaseOpened, AuditOutcome.Saved, criticalCase.Id, criticalCase.Reference), entry);
    }

    [StorageFact]
    public async Task AddAsync_TakenReference_AuditsTheRefusalAndStillThrows()
    {
        await _sut.AddAsync(Case("HR-1", "lead-1"), default);

        await Assert.ThrowsAsync<DuplicateCaseReferenceException>(() => _sut.AddAsync(Case("HR-1", "lead-2"), default));

        var last = (await _audit.ForCaseAsync("t1", CaseReference.Parse("HR-1"), default)).Last().Entry;
        Assert.Equal((AuditOutcome.Refused, "lead-2", (Guid?)null), (last.Outcome, last.ActorAadObjectId, last.CaseId));
    }

    [StorageFact]
    public async Task AddAsync_LeadWithoutAnyId_IsAuditedAsUnknownRatherThanFailing()
    {
        await _sut.AddAsync(Case("HR-3", string.Empty), default);

        Assert.Equal(AuditEntry.UnknownActor, Assert.Single(await _audit.ForCaseAsync("t1", CaseReference.Parse("HR-3"), default)).Entry.ActorAadObjectId);
    }

    private CriticalCase Case(string reference, string lead)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger>());
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, true, false));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), lead, "t1", new TriageRecord(NeedIdentifiedBy.Manager, answers, true, false),
            MeetingRecommender.Accept(recommendation), _clock.GetUtcNow());
    }
}
