using CaseBot.Bot.Jobs;
using CaseBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>The jobs registered on each storage provider: all four on a database, no retention or claim expiry (and dropped nudges) in memory.</summary>
public sealed class JobsRegistrationTests
{
    [Theory]
    [InlineData("Sqlite", new[] { OverdueActionRemindersJob.JobName, PreparationRemindersJob.JobName, RedeliveryClaimsJob.JobName, RetentionJob.JobName, StuckCasesJob.JobName }, typeof(EfJobClaims), typeof(EfCaseNoticeQueue))]
    [InlineData("Memory", new[] { OverdueActionRemindersJob.JobName, PreparationRemindersJob.JobName, StuckCasesJob.JobName }, typeof(InMemoryJobClaims), typeof(DroppedCaseNotices))]
    public async Task AddCaseBotJobs_OnEachProvider_RegistersTheJobsItCanRun(string provider, string[] jobs, Type claims, Type notices)
    {
        await using var host = await JobsHost.StartAsync(settings: new() { ["Storage:Provider"] = provider });

        var sut = host.Services;

        Assert.Equal(jobs, sut.GetServices<IScheduledJob>().Select(j => j.Name).Order());
        Assert.Equal((claims, notices), (sut.GetRequiredService<IJobClaims>().GetType(), sut.GetRequiredService<ICaseNoticeQueue>().GetType()));
    }

    [Fact]
    public async Task RunDueJobsAsync_InMemory_RunsTheJobsWithoutADatabase()
    {
        await using var host = await JobsHost.StartAsync(settings: new() { ["Storage:Provider"] = "Memory" });
        var criticalCase = TestCriticalCases.Open("HR-1", host.Clock.GetUtcNow());
        await host.Cases.AddAsync(criticalCase, default);

        var finished = await host.Runner.RunDueJobsAsync(default);

        Assert.Equal([OverdueActionRemindersJob.JobName, PreparationRemindersJob.JobName, StuckCasesJob.JobName], finished.Order());
    }
}
