using System.Text.Json;
using CaseBot.Bot.Jobs;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>Overdue actions: a reminder to the owner and a note to the lead, at most once a day per action, never for done actions.</summary>
public sealed class OverdueActionRemindersJobTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private JobsHost _host = null!;

    public async Task InitializeAsync() => _host = await JobsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_OverdueAction_QueuesAReminderToTheOwnerAndANoteToTheLead()
    {
        var action = TestCriticalCases.Action(due: Today.AddDays(-1));
        await _host.AddCaseWithActionsAsync("HR-1", action);
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        var queued = await _host.OutboxAsync();
        Assert.Equal(
            [
                (JobNotices.NoteKind, TestCriticalCases.LeadId, $"reminder-note/{action.Id}/2026-11-25"),
                (JobNotices.ReminderKind, TestCriticalCases.ClinicianId, $"reminder/{action.Id}/2026-11-25"),
            ],
            queued.Select(m => (m.Kind, m.RecipientAadObjectId, m.DedupKey)).Order());
    }

    [Fact]
    public async Task RunAsync_OverdueAction_RemindsWithTheReferenceActionAndDueDate()
    {
        await _host.AddCaseWithActionsAsync("HR-2", TestCriticalCases.Action(due: new DateOnly(2026, 11, 20)));
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        var reminder = Activity((await _host.OutboxAsync()).Single(m => m.Kind == JobNotices.ReminderKind).ActivityJson);
        Assert.Equal((ActivityTypes.Message, JobText.Reminder("HR-2", "Send the updated report", new DateOnly(2026, 11, 20))), (reminder.Type, reminder.Text));
        Assert.Contains("20 Nov 2026", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OverdueAction_MarksItRemindedInTheCaseAndTheAudit()
    {
        var action = TestCriticalCases.Action(due: Today.AddDays(-3));
        var saved = await _host.AddCaseWithActionsAsync("HR-3", action);
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Equal(Today, (await _host.ReloadAsync(saved)).Actions.Single().RemindedOn);
        var last = (await _host.AuditAsync("HR-3"))[^1].Entry;
        Assert.Equal((AuditAction.ReminderSent, AuditOutcome.Saved, OverdueActionRemindersJob.Actor), (last.Action, last.Outcome, last.ActorAadObjectId));
    }

    [Fact]
    public async Task RunAsync_TwiceTheSameDay_SendsNothingTheSecondTime()
    {
        var saved = await _host.AddCaseWithActionsAsync("HR-4", TestCriticalCases.Action(due: Today.AddDays(-1)));
        var sut = _host.Job<OverdueActionRemindersJob>();
        await sut.RunAsync(_host.RunFor(sut.Name), default);
        var version = (await _host.ReloadAsync(saved)).Version;
        _host.Clock.Advance(TimeSpan.FromHours(2));

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Equal(2, (await _host.OutboxAsync()).Count);
        Assert.Equal(version, (await _host.ReloadAsync(saved)).Version);
    }

    [Fact]
    public async Task RunAsync_NextDay_RemindsAgain()
    {
        var action = TestCriticalCases.Action(due: Today.AddDays(-1));
        await _host.AddCaseWithActionsAsync("HR-5", action);
        var sut = _host.Job<OverdueActionRemindersJob>();
        await sut.RunAsync(_host.RunFor(sut.Name), default);
        _host.Clock.Advance(TimeSpan.FromDays(1));

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Equal(
            [$"reminder/{action.Id}/2026-11-25", $"reminder/{action.Id}/2026-11-26"],
            (await _host.OutboxAsync()).Where(m => m.Kind == JobNotices.ReminderKind).Select(m => m.DedupKey));
    }

    [Fact]
    public async Task RunAsync_ActionDone_SendsNothing()
    {
        var action = TestCriticalCases.Action(due: Today.AddDays(-2));
        var saved = await _host.AddCaseWithActionsAsync("HR-6", action, TestCriticalCases.Action(due: Today.AddDays(7)));
        saved.TickAction(action.Id, TestCriticalCases.ClinicianId, _host.Clock.GetUtcNow());
        await _host.Cases.UpdateAsync(saved, TestCriticalCases.ClinicianId, default);
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Empty(await _host.OutboxAsync());
    }

    [Fact]
    public async Task RunAsync_DueToday_IsNotYetOverdue()
    {
        await _host.AddCaseWithActionsAsync("HR-7", TestCriticalCases.Action(due: Today));
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Empty(await _host.OutboxAsync());
    }

    [Fact]
    public async Task RunAsync_LeadOwnsTheAction_SendsTheReminderWithoutANote()
    {
        await _host.AddCaseWithActionsAsync("HR-8", TestCriticalCases.Action(TestCriticalCases.LeadId, Role.ReferringManager, Today.AddDays(-1)));
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Equal([(JobNotices.ReminderKind, TestCriticalCases.LeadId)], (await _host.OutboxAsync()).Select(m => (m.Kind, m.RecipientAadObjectId)));
    }

    [Fact]
    public async Task RunAsync_TwoOverdueActions_RemindsEachOwnerOnceInOneSave()
    {
        var (first, second) = (TestCriticalCases.Action(due: Today.AddDays(-1)), TestCriticalCases.Action(TestCriticalCases.LeadId, Role.ReferringManager, Today.AddDays(-4)));
        var saved = await _host.AddCaseWithActionsAsync("HR-9", first, second);
        var sut = _host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        var reloaded = await _host.ReloadAsync(saved);
        Assert.Equal((saved.Version + 1, 3), (reloaded.Version, (await _host.OutboxAsync()).Count));
        Assert.All(reloaded.Actions, a => Assert.Equal(Today, a.RemindedOn));
    }

    [Fact]
    public async Task RunDueJobsAsync_OnASaturday_SendsNoReminders()
    {
        await _host.AddCaseWithActionsAsync("HR-10", TestCriticalCases.Action(due: Today.AddDays(-1)));
        _host.Clock.Advance(TimeSpan.FromDays(3));

        var finished = await _host.Runner.RunDueJobsAsync(default);

        Assert.DoesNotContain(OverdueActionRemindersJob.JobName, finished);
        Assert.Empty(await _host.OutboxAsync());
    }

    [Fact]
    public async Task RunAsync_ActionTickedWhileSaving_RereadsTheCaseAndRemindsOnlyWhatIsStillOverdue()
    {
        await using var host = await JobsHost.StartAsync(extra: TickingCaseRepository.Register);
        var (ticked, open) = (TestCriticalCases.Action(due: Today.AddDays(-1)), TestCriticalCases.Action(TestCriticalCases.LeadId, Role.ReferringManager, Today.AddDays(-1)));
        var saved = await host.AddCaseWithActionsAsync("HR-11", ticked, open);
        var repository = host.Services.GetRequiredService<TickingCaseRepository>();
        (repository.Actor, repository.ActionId) = (OverdueActionRemindersJob.Actor, ticked.Id);
        var sut = host.Job<OverdueActionRemindersJob>();

        await sut.RunAsync(host.RunFor(sut.Name), default);

        Assert.Equal(1, repository.Conflicts);
        Assert.Equal([$"reminder/{open.Id}/2026-11-25"], (await host.OutboxAsync()).Select(m => m.DedupKey));
        var reloaded = await host.ReloadAsync(saved);
        Assert.Equal((ActionState.Done, (DateOnly?)null), (reloaded.Actions[0].State, reloaded.Actions[0].RemindedOn));
    }

    private static Activity Activity(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
}
