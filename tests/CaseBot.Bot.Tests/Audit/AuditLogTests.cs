using CaseBot.Bot.Access;
using CaseBot.Bot.Audit;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CaseFiles;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>The audit log as the host registers it, on SQLite and in memory: appends, reads back in order, per tenant and reference.</summary>
public sealed class AuditLogTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Providers() => new() { "Sqlite", "Memory" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ForCaseAsync_AfterAppends_ReturnsThatCasesEntriesOldestFirst(string provider)
    {
        await using var services = Services(provider);
        var sut = (await StartAsync(services)).GetRequiredService<IAuditLog>();
        await sut.AppendAsync(Entry("t1", "HR-1", AuditOutcome.Shown), default);
        await sut.AppendAsync(Entry("t1", "HR-2", AuditOutcome.Shown), default);
        await sut.AppendAsync(Entry("t2", "HR-1", AuditOutcome.Shown), default);
        await sut.AppendAsync(Entry("t1", "HR-1", AuditOutcome.Denied), default);

        var trail = await sut.ForCaseAsync("t1", CaseReference.Parse("hr-1"), default);

        Assert.Equal([AuditOutcome.Shown, AuditOutcome.Denied], trail.Select(r => r.Entry.Outcome));
        Assert.True(trail[0].Id < trail[1].Id);
        Assert.Equal(Entry("t1", "HR-1", AuditOutcome.Shown), trail[0].Entry);
    }

    [Fact]
    public async Task ForCaseAsync_OnSqlite_SurvivesARestart()
    {
        await using var services = Services("Sqlite");
        await (await StartAsync(services)).GetRequiredService<IAuditLog>().AppendAsync(Entry("t1", "HR-1", AuditOutcome.NotFound), default);

        await services.RestartAsync();

        Assert.Single(await services.Provider.GetRequiredService<IAuditLog>().ForCaseAsync("t1", CaseReference.Parse("HR-1"), default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddCaseAudit_OnEachProvider_UsesTheMatchingLogAndWrapsTheRepository(string provider)
    {
        await using var services = Services(provider);

        var started = await StartAsync(services);

        Assert.IsType(provider == "Memory" ? typeof(InMemoryAuditLog) : typeof(EfAuditLog), started.GetRequiredService<IAuditLog>());
        Assert.IsType<AuditedCaseRepository>(started.GetRequiredService<ICaseRepository>());
    }

    private static StorageServices Services(string provider)
        => StorageServices.Sqlite((s, c) => s.AddCaseAccessAndAudit(c), new() { ["Storage:Provider"] = provider });

    private static async Task<IServiceProvider> StartAsync(StorageServices services)
    {
        await services.StartAsync();
        return services.Provider;
    }

    private static AuditEntry Entry(string tenant, string reference, AuditOutcome outcome)
        => new(At, tenant, "actor-1", AuditAction.CaseLookup, outcome, Guid.Parse("5f0c4a52-0d1e-4d7b-9a7e-3c1b2a0f9e11"), CaseReference.Parse(reference));
}
