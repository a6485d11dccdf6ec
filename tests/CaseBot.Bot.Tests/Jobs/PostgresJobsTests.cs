using CaseBot.Bot.Jobs;
using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>
/// The jobs' own SQL on PostgreSQL (claims and their takeover, the purge transaction, queued nudges racing): two instances over one
/// fresh database. Skipped unless CASEBOT_TEST_POSTGRES is set.
/// </summary>
[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]
public sealed class PostgresJobsTests : IAsyncLifetime
{
    private readonly TestJob.Runs _runs = new();
    private readonly List<JobsHost> _hosts = [];
    private readonly FakeTimeProvider _clock = new(JobsHost.Wednesday);
    private PostgresTestDatabase? _database;

    public async Task InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable)))
        {
            _database = await PostgresTestDatabase.CreateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [StorageFact]
    public async Task RunDueJobsAsync_TwoInstancesAtOnce_RunTheJobOnce()
    {
        var (first, second) = (await StartAsync(), await StartAsync());

        await Task.WhenAll(first.Runner.RunDueJobsAsync(default), second.Runner.RunDueJobsAsync(default));

        Assert.Single(_runs.All);
        Assert.NotNull(Assert.Single(await first.JobRunsAsync(), r => r.Job == TestJob.JobName).FinishedAt);
    }

    [StorageFact]
    public async Task RunDueJobsAsync_AfterAFailedRunPastTheClaimTimeout_IsTakenOverOnce()
    {
        var first = await StartAsync(failures: 1);
        var (second, third) = (await StartAsync(), await StartAsync());
        await first.Runner.RunDueJobsAsync(default);
        _clock.Advance(TimeSpan.FromMinutes(61));

        await Task.WhenAll(second.Runner.RunDueJobsAsync(default), third.Runner.RunDueJobsAsync(default));

        Assert.Equal(2, _runs.All.Count);
        Assert.NotNull(Assert.Single(await first.JobRunsAsync(), r => r.Job == TestJob.JobName).FinishedAt);
    }

    [StorageFact]
    public async Task RetentionJob_ClosedCasePastItsPeriod_IsPurgedWithATombstone()
    {
        var host = await StartAsync();
        var purged = await RetentionJobTests.ClosedCaseAsync(host, "HR-1", notice: true);
        _clock.Advance(TimeSpan.FromDays(1));
        var kept = await RetentionJobTests.ClosedCaseAsync(host, "HR-2", notice: true);
        _clock.SetUtcNow(JobsHost.Wednesday.AddYears(6).AddHours(12));
        var sut = host.Job<RetentionJob>();

        await sut.RunAsync(host.RunFor(sut.Name), default);

        await using var db = await host.DbAsync();
        Assert.Equal([kept.Id], await db.Cases.Select(c => c.Id).ToListAsync());
        Assert.Equal([kept.Id], await db.CaseParticipants.Select(p => p.CaseId).Distinct().ToListAsync());
        Assert.Equal([kept.Id], await db.OutboxMessages.Select(m => m.CaseId!.Value).ToListAsync());
        Assert.Equal(AuditAction.CasePurged, (await host.AuditAsync("HR-1"))[^1].Entry.Action);
        Assert.Null(await host.Cases.FindByIdAsync(purged.Id, default));
    }

    [StorageFact]
    public async Task StuckCasesJob_TwoInstancesAtOnce_QueueEachNudgeOnce()
    {
        var (first, second) = (await StartAsync(), await StartAsync());
        for (var i = 0; i < 5; i++)
        {
            await first.Cases.AddAsync(TestCriticalCases.Open($"HR-{i}", _clock.GetUtcNow()), default);
        }

        _clock.Advance(TimeSpan.FromDays(56));
        var (a, b) = (first.Job<StuckCasesJob>(), second.Job<StuckCasesJob>());

        await Task.WhenAll(a.RunAsync(first.RunFor(a.Name), default), b.RunAsync(second.RunFor(b.Name), default));

        Assert.Equal(10, (await first.OutboxAsync()).Count);
    }

    private async Task<JobsHost> StartAsync(int failures = 0)
    {
        var host = await JobsHost.StartAsync(
            _clock, JobsHost.Postgres(_database!.ConnectionString), services => services.AddSingleton<IScheduledJob>(new TestJob(_runs, failures)));
        _hosts.Add(host);
        return host;
    }
}
