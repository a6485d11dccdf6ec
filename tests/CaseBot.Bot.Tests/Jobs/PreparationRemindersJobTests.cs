using CaseBot.Bot.Jobs;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Notices;
using CaseBot.Cards.Preparation;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>The day before a Case Conference: a plain reminder to the individual, their open requests to the lead, once a day, on the clock.</summary>
public sealed class PreparationRemindersJobTests : IAsyncLifetime
{
    private const string IslaId = "00000000-0000-0000-0000-0000000000d4";
    private static readonly Attendee Isla = new(Role.Individual, "Isla Individual", "isla.individual@example.org", IslaId);
    private JobsHost _host = null!;

    public async Task InitializeAsync() => _host = await JobsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_TheDayBefore_RemindsTheIndividualPlainlyOfWhatTheyAskedFor()
    {
        var booked = await BookAsync(JobsHost.Wednesday.AddDays(1), answered: true);
        var sut = _host.Job<PreparationRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        var toIsla = Assert.Single(await _host.OutboxAsync(), m => m.RecipientAadObjectId == IslaId).ActivityJson;
        Assert.Contains(PreparationReminderText.Title("tomorrow"), toIsla, StringComparison.Ordinal);
        Assert.Contains(PreparationReminderText.Line(PreparationRequest.Breaks, false, null), toIsla, StringComparison.Ordinal);
        Assert.Contains("Thursday 26 November 2026", toIsla, StringComparison.Ordinal);
        Assert.Equal($"{PreparationReminders.Kind}/{booked.Id:D}/1/2026-11-25/{IslaId}", (await _host.OutboxAsync()).Single(m => m.RecipientAadObjectId == IslaId).DedupKey);
    }

    [Fact]
    public async Task RunAsync_TheDayBefore_SendsTheLeadTheRequestsStillOpen()
    {
        await BookAsync(JobsHost.Wednesday.AddDays(1), answered: true);
        var sut = _host.Job<PreparationRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        var toLead = Assert.Single(await _host.OutboxAsync(), m => m.RecipientAadObjectId == TestCriticalCases.LeadId && m.Kind == AttendeeNotices.NoteKind).ActivityJson;
        Assert.Contains("Isla Individual: Breaks during the meeting", toLead, StringComparison.Ordinal);
        Assert.Contains("Isla Individual: Bringing a support person", toLead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TwiceTheSameDay_RemindsOnceAndKeepsItOutOfTheChronology()
    {
        var booked = await BookAsync(JobsHost.Wednesday.AddDays(1), answered: false);
        var sut = _host.Job<PreparationRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);
        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Single(await _host.OutboxAsync(), m => m.RecipientAadObjectId == IslaId);
        var saved = await _host.ReloadAsync(booked);
        Assert.Single(saved.History, e => e.Kind == ChronologyKind.PreparationReminded);
        Assert.DoesNotContain(saved.Chronology, e => e.Kind == ChronologyKind.PreparationReminded);
    }

    [Fact]
    public async Task RunAsync_TwoDaysBefore_SendsNothing()
    {
        await BookAsync(JobsHost.Wednesday.AddDays(2), answered: true);
        var sut = _host.Job<PreparationRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        Assert.Empty(await _host.OutboxAsync());
    }

    [Fact]
    public async Task RunAsync_OnFriday_RemindsOfAMondayMeeting()
    {
        await BookAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), answered: false);
        _host.Clock.Advance(TimeSpan.FromDays(2));
        var sut = _host.Job<PreparationRemindersJob>();

        await sut.RunAsync(_host.RunFor(sut.Name), default);

        var toIsla = Assert.Single(await _host.OutboxAsync(), m => m.RecipientAadObjectId == IslaId).ActivityJson;
        Assert.Contains(PreparationReminderText.Title("on Monday"), toIsla, StringComparison.Ordinal);
        Assert.Contains("You have not asked for anything.", toIsla, StringComparison.Ordinal);
    }

    private async Task<CriticalCase> BookAsync(DateTimeOffset start, bool answered)
    {
        var now = _host.Clock.GetUtcNow();
        var criticalCase = TestCriticalCases.Open("HR-2026-0700", now);
        await _host.Cases.AddAsync(criticalCase, default);
        var lead = TestCriticalCases.Lead;
        var plan = MeetingPlan.Create(
            criticalCase.Reference, MeetingType.CaseConference, [lead, TestCriticalCases.Clinician, Isla], "Agree adjustments.", TimeSpan.FromHours(1),
            Venue.WorkBase, null, start, TestCriticalCases.LeadId, lead.Email);
        criticalCase.Book(plan, new BookedMeeting("event-1", null, null, null), now);
        if (answered)
        {
            criticalCase.AnswerPreparation(IslaId, 1, PreparationAnswers.None with { Help = [PreparationRequest.Breaks], Bringing = Bringing.SupportPerson }, now);
        }

        await _host.Cases.UpdateAsync(criticalCase, TestCriticalCases.LeadId, default);
        return (await _host.Cases.FindByIdAsync(criticalCase.Id, default))!;
    }
}
