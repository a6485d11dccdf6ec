using CaseBot.Bot.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>The runner claims each job's day in JobRuns, so of several instances one runs it, once, and a dead run is taken over later.</summary>
public sealed class ScheduledJobRunnerTests : IAsyncLifetime
{
    private readonly TestJob.Runs _runs = new();
    private readonly List<JobsHost> _hosts = [];
    private readonly string _database = Path.Combine(Path.GetTempPath(), "casebot-tests", Guid.NewGuid().ToString("N"), "jobs.db");
    private FakeTimeProvider _clock = new(JobsHost.Wednesday);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path.GetDirectoryName(_database)))
        {
            Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
        }
    }

    [Fact]
    public async Task RunDueJobsAsync_TwoInstancesOverOneDatabaseAtOnce_RunTheJobOnce()
    {
        var (first, second) = (await StartAsync(), await StartAsync());

        var finished = await Task.WhenAll(first.Runner.RunDueJobsAsync(default), second.Runner.RunDueJobsAsync(default));

        Assert.Single(_runs.All);
        Assert.Single(finished.SelectMany(f => f), TestJob.JobName);
        var row = Assert.Single(await first.JobRunsAsync(), r => r.Job == TestJob.JobName);
        Assert.Equal(("2026-11-25", JobsHost.Wednesday), (row.Period, row.FinishedAt));
        Assert.Contains(row.Instance, new[] { first.Runner.Instance, second.Runner.Instance });
    }

    [Fact]
    public async Task RunDueJobsAsync_EveryDueJob_ClaimsAndFinishesItsDay()
    {
        var sut = await StartAsync();

        var finished = await sut.Runner.RunDueJobsAsync(default);

        Assert.Equal([OverdueActionRemindersJob.JobName, PreparationRemindersJob.JobName, RedeliveryClaimsJob.JobName, RetentionJob.JobName, StuckCasesJob.JobName, TestJob.JobName], finished.Order());
        Assert.All(await sut.JobRunsAsync(), r => Assert.Equal(("2026-11-25", sut.Runner.Instance, (DateTimeOffset?)JobsHost.Wednesday), (r.Period, r.Instance, r.FinishedAt)));
    }

    [Fact]
    public async Task RunDueJobsAsync_AgainTheSameDay_RunsNothing()
    {
        var sut = await StartAsync();
        await sut.Runner.RunDueJobsAsync(default);
        _clock.Advance(TimeSpan.FromHours(12));

        var finished = await sut.Runner.RunDueJobsAsync(default);

        Assert.Empty(finished);
        Assert.Single(_runs.All);
    }

    [Fact]
    public async Task RunDueJobsAsync_NextDayAfterRunAt_RunsForThatDay()
    {
        var sut = await StartAsync();
        await sut.Runner.RunDueJobsAsync(default);
        _clock.Advance(TimeSpan.FromHours(23));
        await sut.Runner.RunDueJobsAsync(default);
        _clock.Advance(TimeSpan.FromHours(1));

        await sut.Runner.RunDueJobsAsync(default);

        Assert.Equal([new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26)], _runs.All.Select(r => r.Day));
    }

    [Fact]
    public async Task RunDueJobsAsync_BeforeRunAt_RunsNothing()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 59, 0, TimeSpan.Zero));
        var sut = await StartAsync();

        var finished = await sut.Runner.RunDueJobsAsync(default);

        Assert.Empty(finished);
        Assert.Empty(await sut.JobRunsAsync());
    }

    [Fact]
    public async Task RunDueJobsAsync_AfterAFailedRunWithinTheClaimTimeout_DoesNotRunItAgain()
    {
        var sut = await StartAsync(failures: 1);
        await sut.Runner.RunDueJobsAsync(default);
        _clock.Advance(TimeSpan.FromMinutes(59));

        await sut.Runner.RunDueJobsAsync(default);

        Assert.Single(_runs.All);
        Assert.Null(Assert.Single(await sut.JobRunsAsync(), r => r.Job == TestJob.JobName).FinishedAt);
    }

    [Fact]
    public async Task RunDueJobsAsync_OtherInstanceAfterAFailedRunPastTheClaimTimeout_TakesItOverAndFinishes()
    {
        var first = await StartAsync(failures: 1);
        var second = await StartAsync();
        await first.Runner.RunDueJobsAsync(default);
        _clock.Advance(TimeSpan.FromMinutes(61));

        var finished = await second.Runner.RunDueJobsAsync(default);

        Assert.Contains(TestJob.JobName, finished);
        Assert.Equal(2, _runs.All.Count);
        var row = Assert.Single(await second.JobRunsAsync(), r => r.Job == TestJob.JobName);
        Assert.Equal((second.Runner.Instance, (DateTimeOffset?)_clock.GetUtcNow()), (row.Instance, row.FinishedAt));
    }

    [Fact]
    public async Task ExecuteAsync_Enabled_RunsTheDueJobAndStopsOnRequest()
    {
        var sut = await StartAsync(enabled: true);

        var run = await _runs.First.WaitAsync(TimeSpan.FromSeconds(30));
        await sut.Services.GetServices<IHostedService>().OfType<ScheduledJobRunner>().Single().StopAsync(default);

        Assert.Equal(new DateOnly(2026, 11, 25), run.Day);
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_RunsNothing()
    {
        var sut = await StartAsync();
        var runner = sut.Services.GetServices<IHostedService>().OfType<ScheduledJobRunner>().Single();

        await runner.ExecuteTask!;

        Assert.Empty(await sut.JobRunsAsync());
    }

    private async Task<JobsHost> StartAsync(int failures = 0, bool enabled = false)
    {
        var host = await JobsHost.StartAsync(
            _clock,
            new() { ["Storage:SqlitePath"] = _database, ["Jobs:Enabled"] = enabled ? "true" : "false" },
            services => services.AddSingleton<IScheduledJob>(new TestJob(_runs, failures)));
        _hosts.Add(host);
        return host;
    }
}
