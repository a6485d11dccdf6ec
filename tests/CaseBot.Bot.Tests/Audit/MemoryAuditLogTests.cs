using CaseBot.Bot.Access;
using CaseBot.Bot.Audit;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>The audit log in memory (Storage:Provider=Memory), as the host registers it; the database logs have <see cref="AuditLogContractTests"/>.</summary>
public sealed class MemoryAuditLogTests : IAsyncLifetime
{
    private readonly StorageServices _services = StorageServices.Sqlite((s, c) => s.AddCaseAccessAndAudit(c), new() { ["Storage:Provider"] = "Memory" });

    public async Task InitializeAsync() => await _services.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ForCaseAsync_AfterAppends_ReturnsThatCasesEntriesOldestFirst()
    {
        var sut = _services.Provider.GetRequiredService<IAuditLog>();
        await sut.AppendAsync(AuditLogContractTests.Entry("t1", "HR-1", AuditOutcome.Shown), default);
        await sut.AppendAsync(AuditLogContractTests.Entry("t1", "HR-2", AuditOutcome.Shown), default);
        await sut.AppendAsync(AuditLogContractTests.Entry("t2", "HR-1", AuditOutcome.Shown), default);
        await sut.AppendAsync(AuditLogContractTests.Entry("t1", "HR-1", AuditOutcome.Denied), default);

        var trail = await sut.ForCaseAsync("t1", CaseReference.Parse("hr-1"), default);

        Assert.Equal([AuditOutcome.Shown, AuditOutcome.Denied], trail.Select(r => r.Entry.Outcome));
        Assert.True(trail[0].Id < trail[1].Id);
    }

    [Fact]
    public void AddCaseAudit_InMemory_UsesTheMemoryLogAndWrapsTheRepository()
    {
        Assert.IsType<InMemoryAuditLog>(_services.Provider.GetRequiredService<IAuditLog>());
        Assert.IsType<AuditedCaseRepository>(_services.Provider.GetRequiredService<ICaseRepository>());
    }
}
