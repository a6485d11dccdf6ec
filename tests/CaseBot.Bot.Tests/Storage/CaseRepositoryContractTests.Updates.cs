using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Saves of a changed case: version-checked (also between instances at once), with notices, and the list queries.</summary>
public abstract partial class CaseRepositoryContractTests
{
    private const int Races = 8;

    [StorageFact]
    public async Task UpdateAsync_TwoInstancesSaveTheSameVersionAtOnce_ExactlyOneWinsAndNothingIsOverwritten()
    {
        var second = (await StartInstanceAsync()).Services.GetRequiredService<ICaseRepository>();

        for (var race = 0; race < Races; race++)
        {
            var id = await AddAsync($"HR-R{race}");
            var (a, b) = (await BookedAsync(Sut, id, "event-a"), await BookedAsync(second, id, "event-b"));

            var outcomes = await Task.WhenAll(SaveAsync(Sut, a, $"a{race}"), SaveAsync(second, b, $"b{race}"));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.IsType<CaseConflictException>(Assert.Single(outcomes, o => o is not null));
            var stored = (await Sut.FindByIdAsync(id, default))!;
            var winner = outcomes[0] is null ? "a" : "b";
            Assert.Equal((1L, $"event-{winner}"), (stored.Version, Assert.Single(stored.Meetings).EventId));
            Assert.Contains($"{winner}{race}", await OutboxKeysAsync(First));
            Assert.DoesNotContain($"{(winner == "a" ? "b" : "a")}{race}", await OutboxKeysAsync(First));
        }
    }

    [StorageFact]
    public async Task UpdateAsync_TwoInstancesSaveTheSameChangeAtOnce_OneSavesItTheOtherConflicts()
    {
        // A redelivered activity handled by two instances: the same change with the same notice key, racing.
        var second = (await StartInstanceAsync()).Services.GetRequiredService<ICaseRepository>();

        for (var race = 0; race < Races; race++)
        {
            var id = await AddAsync($"HR-S{race}");
            var (a, b) = (await BookedAsync(Sut, id, "event-1"), await BookedAsync(second, id, "event-1"));

            var outcomes = await Task.WhenAll(SaveAsync(Sut, a, $"same{race}"), SaveAsync(second, b, $"same{race}"));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.IsType<CaseConflictException>(Assert.Single(outcomes, o => o is not null));
            Assert.Single(await OutboxKeysAsync(First), $"same{race}");
        }
    }

    [StorageFact]
    public async Task UpdateAsync_StaleVersion_IsAConflictAndSavesNothing()
    {
        var id = await AddAsync("HR-STALE");
        var stale = await BookedAsync(Sut, id, "event-2");
        Assert.Null(await BookAsync(Sut, id, "event-1", "fresh"));

        await Assert.ThrowsAsync<CaseConflictException>(() => Sut.UpdateAsync(stale, TestCriticalCases.LeadId, [Notice("stale")], default));

        Assert.Equal("event-1", Assert.Single((await Sut.FindByIdAsync(id, default))!.Meetings).EventId);
        Assert.Equal(["fresh"], await OutboxKeysAsync(First));
    }

    [StorageFact]
    public async Task UpdateAsync_ManyCasesSavedAtOnce_OneStaleVersionConflictsAloneAndTheOthersAndTheirNoticesAreSaved()
    {
        // On SQLite saves that arrive together share one transaction (group commit): a conflict must undo that save only.
        const int Cases = 12;
        const int Stale = 5;
        var ids = new List<Guid>();
        for (var i = 0; i < Cases; i++)
        {
            ids.Add(await AddAsync($"HR-G{i}"));
        }

        var staleCopy = await BookedAsync(Sut, ids[Stale], "event-late");
        Assert.Null(await BookAsync(Sut, ids[Stale], "event-first", "first"));
        var changes = new List<CriticalCase>();
        for (var i = 0; i < Cases; i++)
        {
            changes.Add(i == Stale ? staleCopy : await BookedAsync(Sut, ids[i], $"event-{i}"));
        }

        var outcomes = await Task.WhenAll(changes.Select((c, i) => Task.Run(() => SaveAsync(Sut, c, $"g{i}"))));

        for (var i = 0; i < Cases; i++)
        {
            var stored = (await Sut.FindByIdAsync(ids[i], default))!;
            Assert.Equal(i == Stale ? "event-first" : $"event-{i}", Assert.Single(stored.Meetings).EventId);
            Assert.Equal(i == Stale, outcomes[i] is CaseConflictException);
        }

        var queued = await OutboxKeysAsync(First);
        Assert.DoesNotContain($"g{Stale}", queued);
        Assert.All(Enumerable.Range(0, Cases).Where(i => i != Stale), i => Assert.Contains($"g{i}", queued));
    }

    [StorageFact]
    public async Task UpdateAsync_Booked_ReloadsTheMeetingAndTheNewVersion()
    {
        var id = await AddAsync("HR-BOOK");

        Assert.Null(await BookAsync(Sut, id, "event-1", "k1"));

        var sut = (await Sut.FindAsync(TestCriticalCases.Tenant, CaseReference.Parse("HR-BOOK"), default))!;
        var meeting = Assert.Single(sut.Meetings);
        Assert.Equal((1L, CaseStage.MeetingBooked, "event-1", 3), (sut.Version, sut.Stage, meeting.EventId, meeting.Plan.Attendees.Count));
        Assert.Equal(TestCriticalCases.MeetingStart, meeting.Plan.Start);
    }

    [StorageFact]
    public async Task ListForParticipantAsync_AttendeeIdInAnyCase_FindsTheCaseInItsTenantOnly()
    {
        var id = await AddAsync("HR-ATTEND");
        Assert.Null(await BookAsync(Sut, id, "event-1", "k1"));

        var listed = await Sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId.ToUpperInvariant(), default);

        Assert.Equal(id, Assert.Single(listed).Id);
        Assert.Empty(await Sut.ListForParticipantAsync("other-tenant", TestCriticalCases.ClinicianId, default));
    }

    [StorageFact]
    public async Task FindByMeetingChatAsync_ChatOfABookedMeeting_FindsTheCaseInItsTenantOnly()
    {
        const string chat = "19:meeting_Y29udHJhY3Q@thread.v2";
        var id = await AddAsync("HR-CHAT");
        var criticalCase = (await Sut.FindByIdAsync(id, default))!;
        criticalCase.Book(TestCriticalCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null, chat), Clock.GetUtcNow());
        await Sut.UpdateAsync(criticalCase, TestCriticalCases.LeadId, default);
        var saved = (await Sut.FindByIdAsync(id, default))!;
        saved.StartMeeting(chat, Clock.GetUtcNow());
        await Sut.UpdateAsync(saved, TestCriticalCases.LeadId, default);

        var found = await Sut.FindByMeetingChatAsync(TestCriticalCases.Tenant, chat, default);

        Assert.Equal((id, Clock.GetUtcNow()), (found!.Id, found.MeetingInChat(chat)!.StartedAt));
        Assert.Null(await Sut.FindByMeetingChatAsync("other-tenant", chat, default));
        Assert.Null(await Sut.FindByMeetingChatAsync(TestCriticalCases.Tenant, "19:meeting_b3RoZXI@thread.v2", default));
    }

    [StorageFact]
    public async Task ListByStageAsync_MoreThanAPageSavedMicrosecondsApart_ReturnsEachMatchingCaseOnce()
    {
        // Ticks finer than PostgreSQL keeps (1 µs) and ties: the keyset paging must still see every case exactly once.
        var ids = new List<Guid>();
        for (var i = 0; i < 210; i++)
        {
            Clock.Advance(TimeSpan.FromTicks(i % 3 == 0 ? 0 : 7));
            ids.Add(await AddAsync($"HR-P{i}"));
        }

        var booked = await AddAsync("HR-P-BOOKED");
        Assert.Null(await BookAsync(Sut, booked, "event-1", "k1"));

        var listed = await Sut.ListByStageAsync([CaseStage.MeetingRecommended], default).ToListAsync();

        Assert.Equal(ids.Order(), listed.Select(c => c.Id).Order());
    }

    private async Task<Guid> AddAsync(string reference)
    {
        var criticalCase = TestCriticalCases.Open(reference, Clock.GetUtcNow());
        await Sut.AddAsync(criticalCase, default);
        return criticalCase.Id;
    }

    /// <summary>The case as read through <paramref name="repository"/>, with a meeting booked (not saved).</summary>
    private async Task<CriticalCase> BookedAsync(ICaseRepository repository, Guid id, string eventId)
    {
        var criticalCase = (await repository.FindByIdAsync(id, default))!;
        criticalCase.Book(TestCriticalCases.Plan(criticalCase), new BookedMeeting(eventId, null, null, null), Clock.GetUtcNow());
        return criticalCase;
    }

    /// <summary>Saves the case with one notice; the exception, if any.</summary>
    private static Task<Exception?> SaveAsync(ICaseRepository repository, CriticalCase criticalCase, string noticeKey)
        => OutcomeAsync(() => repository.UpdateAsync(criticalCase, TestCriticalCases.LeadId, [Notice(noticeKey)], default));

    private async Task<Exception?> BookAsync(ICaseRepository repository, Guid id, string eventId, string noticeKey)
        => await SaveAsync(repository, await BookedAsync(repository, id, eventId), noticeKey);

    private static CaseNotice Notice(string key) => new("note", TestCriticalCases.LeadId, null, "{}", key);
}
