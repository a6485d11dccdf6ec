using CaseBot.Bot.Audit;
using CaseBot.Bot.Tests.Storage;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>
/// The audit log in the database as the host registers it, run against SQLite and PostgreSQL by deriving: appends read back in
/// order per tenant and reference, kept across restarts and across instances appending at once. A fresh database per test.
/// </summary>
public abstract class AuditLogContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private TestDatabase? _database;
    private StorageInstance _first = null!;

    private IAuditLog Sut => _first.Services.GetRequiredService<IAuditLog>();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _first = await _database.StartInstanceAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    internal static AuditEntry Entry(string tenant, string reference, AuditOutcome outcome, string actor = "actor-1")
        => new(At, tenant, actor, AuditAction.CaseLookup, outcome, Guid.Parse("5f0c4a52-0d1e-4d7b-9a7e-3c1b2a0f9e11"), CaseReference.Parse(reference));

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task ForCaseAsync_AfterAppends_ReturnsThatCasesEntriesOldestFirst()
    {
        await Sut.AppendAsync(Entry("t1", "HR-1", AuditOutcome.Shown), default);
        await Sut.AppendAsync(Entry("t1", "HR-2", AuditOutcome.Shown), default);
        await Sut.AppendAsync(Entry("t2", "HR-1", AuditOutcome.Shown), default);
        await Sut.AppendAsync(Entry("t1", "HR-1", AuditOutcome.Denied), default);

        var trail = await Sut.ForCaseAsync("t1", CaseReference.Parse("hr-1"), default);

        Assert.Equal([AuditOutcome.Shown, AuditOutcome.Denied], trail.Select(r => r.Entry.Outcome));
        Assert.True(trail[0].Id < trail[1].Id);
        Assert.Equal(Entry("t1", "HR-1", AuditOutcome.Shown), trail[0].Entry);
    }

    [StorageFact]
    public async Task AppendAsync_EntryOfAMissingCase_KeepsItWithoutACaseId()
    {
        var notFound = new AuditEntry(At, "t1", "actor-1", AuditAction.CaseLookup, AuditOutcome.NotFound, null, CaseReference.Parse("HR-404"));

        await Sut.AppendAsync(notFound, default);

        Assert.Equal(notFound, Assert.Single(await Sut.ForCaseAsync("t1", CaseReference.Parse("HR-404"), default)).Entry);
    }

    [StorageFact]
    public async Task ForCaseAsync_AfterARestart_StillReturnsTheEntries()
    {
        await Sut.AppendAsync(Entry("t1", "HR-1", AuditOutcome.NotFound), default);

        await _first.DisposeAsync();
        _first = await _database!.StartInstanceAsync();

        Assert.Single(await Sut.ForCaseAsync("t1", CaseReference.Parse("HR-1"), default));
    }

    [StorageFact]
    public async Task AppendAsync_FromTwoInstancesAtOnce_KeepsEveryEntryWithIncreasingIds()
    {
        var second = (await _database!.StartInstanceAsync()).Services.GetRequiredService<IAuditLog>();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => (i % 2 == 0 ? Sut : second).AppendAsync(Entry("t1", "HR-1", AuditOutcome.Shown, $"actor-{i}"), default))));

        var trail = await Sut.ForCaseAsync("t1", CaseReference.Parse("HR-1"), default);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"actor-{i}").Order(), trail.Select(r => r.Entry.ActorAadObjectId).Order());
        Assert.Equal(trail.Select(r => r.Id).Order(), trail.Select(r => r.Id));
        Assert.Equal(40, trail.Select(r => r.Id).Distinct().Count());
    }

    [StorageFact]
    public void AddCaseAudit_OnADatabase_UsesTheDatabaseLogAndWrapsTheRepository()
    {
        Assert.IsType<EfAuditLog>(Sut);
        Assert.IsType<AuditedCaseRepository>(_first.Services.GetRequiredService<ICaseRepository>());
    }
}
