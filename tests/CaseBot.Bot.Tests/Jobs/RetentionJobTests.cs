using CaseBot.Bot.Jobs;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>Retention purges only closed cases past the period (case, participants, outbox rows) and leaves an audit tombstone.</summary>
public sealed class RetentionJobTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Closed = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly List<JobsHost> _hosts = [];
    private JobsHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task RunAsync_ClosedMoreThanSixYearsAgo_PurgesTheCase()
    {
        var closed = await ClosedCaseAsync(_host, "HR-1");
        _host.Clock.SetUtcNow(Closed.AddYears(6).AddMinutes(1));

        await RunAsync(_host);

        Assert.Null(await _host.Cases.FindByIdAsync(closed.Id, default));
    }

    [Fact]
    public async Task RunAsync_ClosedExactlySixYearsAgo_KeepsTheCase()
    {
        var closed = await ClosedCaseAsync(_host, "HR-2");
        _host.Clock.SetUtcNow(Closed.AddYears(6));

        await RunAsync(_host);

        Assert.NotNull(await _host.Cases.FindByIdAsync(closed.Id, default));
    }

    [Fact]
    public async Task RunAsync_OpenCaseOlderThanTheRetention_KeepsIt()
    {
        var open = TestCriticalCases.Open("HR-3", _host.Clock.GetUtcNow());
        await _host.Cases.AddAsync(open, default);
        _host.Clock.SetUtcNow(Closed.AddYears(10));

        await RunAsync(_host);

        Assert.NotNull(await _host.Cases.FindByIdAsync(open.Id, default));
    }

    [Fact]
    public async Task RunAsync_CaseReopenedAfterClosing_IsKeptAsAnOpenCase()
    {
        var reopened = await ClosedCaseAsync(_host, "HR-6");
        var stored = (await _host.Cases.FindByIdAsync(reopened.Id, default))!;
        Assert.Equal(CaseOutcome.BackAtWork, stored.Closure!.Outcome);
        stored.Reopen(TestCriticalCases.LeadId, "The return to work did not hold", _host.Clock.GetUtcNow());
        await _host.Cases.UpdateAsync(stored, TestCriticalCases.LeadId, [], default);
        _host.Clock.SetUtcNow(Closed.AddYears(7));

        await RunAsync(_host);

        Assert.NotNull(await _host.Cases.FindByIdAsync(reopened.Id, default));
    }

    [Fact]
    public async Task RunAsync_PurgedCase_LeavesATombstoneAfterItsAuditTrail()
    {
        var closed = await ClosedCaseAsync(_host, "HR-4");
        _host.Clock.SetUtcNow(Closed.AddYears(7));

        await RunAsync(_host);

        var trail = await _host.AuditAsync("HR-4");
        Assert.Equal([AuditAction.CaseOpened, AuditAction.CaseClosed, AuditAction.CasePurged], trail.Select(r => r.Entry.Action));
        var tombstone = trail[^1].Entry;
        Assert.Equal(
            (RetentionJob.Actor, AuditOutcome.Saved, (Guid?)closed.Id, _host.Clock.GetUtcNow(), TestCriticalCases.Tenant),
            (tombstone.ActorAadObjectId, tombstone.Outcome, tombstone.CaseId, tombstone.At, tombstone.TenantId));
    }

    [Fact]
    public async Task RunAsync_PurgedCase_RemovesItsParticipantsAndOutboxRowsOnly()
    {
        var purged = await ClosedCaseAsync(_host, "HR-5", notice: true);
        _host.Clock.Advance(TimeSpan.FromDays(2));
        var kept = await ClosedCaseAsync(_host, "HR-6", notice: true);
        _host.Clock.SetUtcNow(Closed.AddYears(6).AddDays(1));

        await RunAsync(_host);

        await using var db = await _host.DbAsync();
        Assert.Equal([kept.Id], await db.CaseParticipants.Select(p => p.CaseId).Distinct().ToListAsync());
        Assert.Equal([kept.Id], (await _host.OutboxAsync()).Select(m => m.CaseId!.Value));
        Assert.NotNull(await _host.Cases.FindByIdAsync(kept.Id, default));
        Assert.Null(await _host.Cases.FindByIdAsync(purged.Id, default));
    }

    [Fact]
    public async Task RunAsync_MoreCasesThanABatch_PurgesThemAll()
    {
        var host = await StartAsync(new() { ["Retention:BatchSize"] = "2" });
        for (var i = 0; i < 5; i++)
        {
            await ClosedCaseAsync(host, $"HR-B{i}");
        }

        host.Clock.SetUtcNow(Closed.AddYears(6).AddDays(1));

        await RunAsync(host);

        await using var db = await host.DbAsync();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(5, await db.AuditEntries.CountAsync(e => e.Action == "case.purged"));
    }

    [Fact]
    public async Task RunAsync_RetentionDisabled_PurgesNothing()
    {
        var host = await StartAsync(new() { ["Retention:Enabled"] = "false" });
        var closed = await ClosedCaseAsync(host, "HR-7");
        host.Clock.SetUtcNow(Closed.AddYears(7));

        await RunAsync(host);

        Assert.NotNull(await host.Cases.FindByIdAsync(closed.Id, default));
    }

    private async Task<JobsHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var host = await JobsHost.StartAsync(new(Closed), settings);
        _hosts.Add(host);
        return host;
    }

    private static async Task RunAsync(JobsHost host)
    {
        var sut = host.Job<RetentionJob>();
        await sut.RunAsync(host.RunFor(sut.Name), default);
    }

    // A case opened and closed now; with notice, closing it queued one outbox row.
    internal static async Task<CriticalCase> ClosedCaseAsync(JobsHost host, string reference, bool notice = false)
    {
        var criticalCase = TestCriticalCases.Open(reference, host.Clock.GetUtcNow());
        await host.Cases.AddAsync(criticalCase, default);
        criticalCase.Close(TestCriticalCases.LeadId, CaseOutcome.BackAtWork, null, host.Clock.GetUtcNow());
        CaseNotice[] notices = notice ? [new CaseNotice("note", TestCriticalCases.LeadId, null, "{}", "closed/" + reference)] : [];
        await host.Cases.UpdateAsync(criticalCase, TestCriticalCases.LeadId, notices, default);
        return criticalCase;
    }
}
