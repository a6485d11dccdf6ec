using CaseBot.Bot.CaseStore;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>The in-memory repository (Storage:Provider=Memory) keeps cases packed and finds them by reference, id and participant.</summary>
public sealed class InMemoryCaseRepositoryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryCaseRepository _sut;

    public InMemoryCaseRepositoryTests() => _sut = new InMemoryCaseRepository(_clock);

    [Fact]
    public async Task FindAsync_AddedCase_ComesBackWhole()
    {
        var added = TestCriticalCases.Open("HR-MEM-1", _clock.GetUtcNow());
        await _sut.AddAsync(added, default);

        var found = await _sut.FindAsync(TestCriticalCases.Tenant, CaseReference.Parse("hr-mem-1"), default);

        Assert.Equal((added.Id, added.Chronology.Count, added.Decision.Chosen), (found!.Id, found.Chronology.Count, found.Decision.Chosen));
        Assert.Equal(added.Id, (await _sut.FindByIdAsync(added.Id, default))!.Id);
    }

    [Fact]
    public async Task ListForParticipantAsync_AttendeeBookedThenMeetingCancelled_ListedOnlyWhileInvited()
    {
        var added = TestCriticalCases.Open("HR-MEM-2", _clock.GetUtcNow());
        await _sut.AddAsync(added, default);
        var booked = (await _sut.FindByIdAsync(added.Id, default))!;
        booked.Book(TestCriticalCases.Plan(booked), new BookedMeeting("event-1", null, null, null), _clock.GetUtcNow());
        await _sut.UpdateAsync(booked, TestCriticalCases.LeadId, [], default);

        var whileInvited = await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId.ToUpperInvariant(), default);
        var cancelled = (await _sut.FindByIdAsync(added.Id, default))!;
        cancelled.CancelMeeting(_clock.GetUtcNow());
        await _sut.UpdateAsync(cancelled, TestCriticalCases.LeadId, [], default);

        Assert.Equal(added.Id, Assert.Single(whileInvited).Id);
        Assert.Empty(await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId, default));
        Assert.Single(await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.LeadId, default));
    }

    [Fact]
    public async Task FindByMeetingChatAsync_ChatOfABookedMeeting_FindsTheCaseInItsTenantOnly()
    {
        const string chat = "19:meeting_bWVtb3J5@thread.v2";
        var added = TestCriticalCases.Open("HR-MEM-3", _clock.GetUtcNow());
        await _sut.AddAsync(added, default);
        var booked = (await _sut.FindByIdAsync(added.Id, default))!;
        booked.Book(TestCriticalCases.Plan(booked), new BookedMeeting("event-1", null, null, null, chat), _clock.GetUtcNow());
        await _sut.UpdateAsync(booked, TestCriticalCases.LeadId, [], default);

        Assert.Equal(added.Id, (await _sut.FindByMeetingChatAsync(TestCriticalCases.Tenant, chat, default))!.Id);
        Assert.Null(await _sut.FindByMeetingChatAsync("other-tenant", chat, default));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_IsAConflict()
    {
        var added = TestCriticalCases.Open("HR-MEM-3", _clock.GetUtcNow());
        await _sut.AddAsync(added, default);
        var first = (await _sut.FindByIdAsync(added.Id, default))!;
        var second = (await _sut.FindByIdAsync(added.Id, default))!;
        await _sut.UpdateAsync(first, TestCriticalCases.LeadId, [], default);

        await Assert.ThrowsAsync<CaseConflictException>(() => _sut.UpdateAsync(second, TestCriticalCases.LeadId, [], default));
    }
}
