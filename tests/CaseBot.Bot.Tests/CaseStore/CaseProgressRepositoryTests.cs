using CaseBot.Bot.Access;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.CaseStore;

/// <summary>A case's meetings, actions and records survive a save and a reload; saves are version-checked and carry their notices.</summary>
public sealed class CaseProgressRepositoryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly StorageServices _services;
    private ICaseRepository _sut = null!;

    public CaseProgressRepositoryTests()
        => _services = StorageServices.Sqlite((s, c) =>
        {
            s.AddSingleton<TimeProvider>(_clock);
            s.AddCaseAccessAndAudit(c);
        });

    public async Task InitializeAsync()
    {
        await _services.StartAsync();
        _sut = _services.Provider.GetRequiredService<ICaseRepository>();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task UpdateAsync_BookedHeldAndTicked_ReloadsTheSameProgress()
    {
        var saved = await AddAsync("HR-10");
        var action = TestCriticalCases.Action();
        saved.Book(TestCriticalCases.Plan(saved), new BookedMeeting("event-1", "https://join", null, null), _clock.GetUtcNow());
        saved.RecordMeeting(TestCriticalCases.LeadId, ["Phased return"], [action], _clock.GetUtcNow());
        saved.RespondToRecord(TestCriticalCases.ClinicianId, true, null, _clock.GetUtcNow());

        await _sut.UpdateAsync(saved, TestCriticalCases.LeadId, default);
        var sut = (await _sut.FindAsync(TestCriticalCases.Tenant, saved.Reference, default))!;

        Assert.Equal(CaseStage.ActionsOpen, sut.Stage);
        Assert.Equal(1, sut.Version);
        var meeting = Assert.Single(sut.Meetings);
        Assert.Equal((MeetingStatus.Held, "event-1", "https://join", 3), (meeting.Status, meeting.EventId, meeting.JoinUrl, meeting.Plan.Attendees.Count));
        Assert.Equal((action.Id, ActionState.Open, action.Due), (sut.Actions[0].Id, sut.Actions[0].State, sut.Actions[0].Due));
        Assert.True(Assert.Single(sut.LatestRecord!.Responses).Accurate);
        Assert.Equal(saved.Chronology, sut.Chronology);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_IsAConflictAndSavesNothing()
    {
        var first = await AddAsync("HR-11");
        var second = (await _sut.FindAsync(TestCriticalCases.Tenant, first.Reference, default))!;
        first.Book(TestCriticalCases.Plan(first), new BookedMeeting("event-1", null, null, null), _clock.GetUtcNow());
        await _sut.UpdateAsync(first, TestCriticalCases.LeadId, default);
        second.Book(TestCriticalCases.Plan(second), new BookedMeeting("event-2", null, null, null), _clock.GetUtcNow());

        await Assert.ThrowsAsync<CaseConflictException>(() => _sut.UpdateAsync(second, TestCriticalCases.LeadId, [Notice("stale")], default));

        var stored = (await _sut.FindAsync(TestCriticalCases.Tenant, first.Reference, default))!;
        Assert.Equal("event-1", Assert.Single(stored.Meetings).EventId);
        Assert.Empty(await OutboxKeysAsync());
    }

    [Fact]
    public async Task UpdateAsync_WithNotices_SavesEachKeyOnceInTheOutbox()
    {
        var criticalCase = await AddAsync("HR-12");
        criticalCase.AddKeyDate(_clock.GetUtcNow(), "Fit note received");
        await _sut.UpdateAsync(criticalCase, TestCriticalCases.LeadId, [Notice("a"), Notice("b"), Notice("a")], default);
        var again = (await _sut.FindAsync(TestCriticalCases.Tenant, criticalCase.Reference, default))!;
        again.AddKeyDate(_clock.GetUtcNow(), "Second note");

        await _sut.UpdateAsync(again, TestCriticalCases.LeadId, [Notice("b"), Notice("c")], default);

        Assert.Equal(["a", "b", "c"], (await OutboxKeysAsync()).Order());
    }

    [Fact]
    public async Task UpdateAsync_MeetingBooked_IsAuditedWithTheActorAndWhatChanged()
    {
        var criticalCase = await AddAsync("HR-13");
        criticalCase.Book(TestCriticalCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null), _clock.GetUtcNow());

        await _sut.UpdateAsync(criticalCase, TestCriticalCases.LeadId, default);

        var last = (await _services.Provider.GetRequiredService<IAuditLog>().ForCaseAsync(TestCriticalCases.Tenant, criticalCase.Reference, default))[^1].Entry;
        Assert.Equal((AuditAction.MeetingBooked, AuditOutcome.Saved, TestCriticalCases.LeadId), (last.Action, last.Outcome, last.ActorAadObjectId));
    }

    [Fact]
    public async Task ListForParticipantAsync_AttendeePickedInTeams_SeesTheCaseUntilTheMeetingIsCancelled()
    {
        var criticalCase = await AddAsync("HR-14");
        criticalCase.Book(TestCriticalCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null), _clock.GetUtcNow());
        await _sut.UpdateAsync(criticalCase, TestCriticalCases.LeadId, default);

        var listed = await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId.ToUpperInvariant(), default);
        var cancelled = (await _sut.FindAsync(TestCriticalCases.Tenant, criticalCase.Reference, default))!;
        cancelled.CancelMeeting(_clock.GetUtcNow());
        await _sut.UpdateAsync(cancelled, TestCriticalCases.LeadId, default);

        Assert.Equal(criticalCase.Id, Assert.Single(listed).Id);
        Assert.Empty(await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId, default));
        Assert.Single(await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.LeadId, default));
        Assert.Empty(await _sut.ListForParticipantAsync("other-tenant", TestCriticalCases.LeadId, default));
    }

    [Fact]
    public async Task ListByStageAsync_MoreThanAPage_ReturnsEveryMatchingCaseOnce()
    {
        for (var i = 0; i < 230; i++)
        {
            await AddAsync($"HR-P{i}");
        }

        var booked = await AddAsync("HR-BOOKED");
        booked.Book(TestCriticalCases.Plan(booked), new BookedMeeting("event-1", null, null, null), _clock.GetUtcNow());
        await _sut.UpdateAsync(booked, TestCriticalCases.LeadId, default);

        var listed = await _sut.ListByStageAsync([CaseStage.MeetingRecommended], default).ToListAsync();

        Assert.Equal(230, listed.Select(c => c.Id).Distinct().Count());
        Assert.DoesNotContain(listed, c => c.Id == booked.Id);
    }

    private async Task<CriticalCase> AddAsync(string reference)
    {
        await _sut.AddAsync(TestCriticalCases.Open(reference, _clock.GetUtcNow()), default);
        return (await _sut.FindAsync(TestCriticalCases.Tenant, CaseReference.Parse(reference), default))!;
    }

    private static CaseNotice Notice(string key) => new("note", TestCriticalCases.LeadId, null, "{}", key);

    private async Task<List<string>> OutboxKeysAsync()
    {
        await using var db = await _services.Provider.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.OutboxMessages.Select(m => m.DedupKey).ToListAsync();
    }
}
