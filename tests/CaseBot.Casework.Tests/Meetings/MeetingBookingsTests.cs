using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Lookups;
using CaseBot.Casework.Meetings;
using CaseBot.TestSupport.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CaseBot.Casework.Tests.Meetings;

/// <summary>Booking, moving and cancelling a case's meeting: the calendar once, then the case under the one retry policy.</summary>
public sealed class MeetingBookingsTests
{
    private static readonly CaseCaller Lead = new(AttendeeTestCases.TenantId, AttendeeTestCases.LeadId);
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly Mock<IMeetingCalendar> _calendar = new();
    private readonly Mock<ICaseNotices> _notices = new();
    private readonly Mock<IMeetingChatSetup> _meetingChats = new();
    private readonly MeetingBookings _sut;
    private CriticalCase _stored = AttendeeTestCases.Opened();

    public MeetingBookingsTests()
    {
        _cases.Setup(c => c.FindByIdAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => AttendeeTestCases.Copy(_stored));
        _calendar.Setup(c => c.BookAsync(It.IsAny<MeetingPlan>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(new BookedMeeting("event-9", null, null, null));
        _notices.Setup(n => n.ForBooking(It.IsAny<CriticalCase>(), It.IsAny<CaseMeeting>())).Returns([]);
        var access = new CaseAccessPolicy(AccessGrants.None, Mock.Of<IGroupMembership>());
        var lookups = new CaseLookups(_cases.Object, Mock.Of<ICaseReferenceSearch>(), access, Mock.Of<IAuditLog>(), TimeProvider.System, NullLogger<CaseLookups>.Instance);
        var changes = new CaseChanges(_cases.Object, lookups, new CaseLocks(), NullLogger<CaseChanges>.Instance) { Backoff = _ => TimeSpan.Zero };
        _sut = new MeetingBookings(changes, _calendar.Object, _notices.Object, _meetingChats.Object, new FakeTimeProvider(AttendeeTestCases.Now));
    }

    [Fact]
    public async Task BookAsync_SaveLosesARaceToAnotherChange_BooksTheSameEventOnTheFreshCase()
    {
        _cases.SetupSequence(c => c.UpdateAsync(It.IsAny<CriticalCase>(), Lead.AadObjectId, It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CaseConflictException())
            .Returns(Task.CompletedTask);

        var outcome = await _sut.BookAsync(Lead, _stored, AttendeeTestCases.Plan(_stored), default);

        Assert.True(outcome.Succeeded);
        Assert.Equal("event-9", outcome.Meeting!.EventId);
        _calendar.Verify(c => c.BookAsync(It.IsAny<MeetingPlan>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task BookAsync_TeamsMeetingBooked_CaseBotJoinsItsChatAfterTheSave()
    {
        const string chat = "19:meeting_Ym9va2luZw@thread.v2";
        _calendar.Setup(c => c.BookAsync(It.IsAny<MeetingPlan>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new BookedMeeting("event-9", "https://teams.microsoft.com/l/meetup-join/x", null, null, chat));
        var saved = false;
        _cases.Setup(c => c.UpdateAsync(It.IsAny<CriticalCase>(), Lead.AadObjectId, It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .Callback(() => saved = true).Returns(Task.CompletedTask);
        _meetingChats.Setup(m => m.SetUpAsync(chat, _stored.Reference, It.IsAny<CancellationToken>()))
            .Callback(() => Assert.True(saved, "The chat is joined only once the booking is saved.")).ReturnsAsync(false);

        var outcome = await _sut.BookAsync(Lead, _stored, AttendeeTestCases.Plan(_stored), default);

        Assert.True(outcome.Succeeded);
        _meetingChats.Verify(m => m.SetUpAsync(chat, _stored.Reference, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task BookAsync_OfflineBookingWithoutAChat_JoinsNoChat()
    {
        await _sut.BookAsync(Lead, _stored, AttendeeTestCases.Plan(_stored), default);

        _meetingChats.Verify(m => m.SetUpAsync(It.IsAny<string>(), It.IsAny<CaseReference>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task BookAsync_TheCaseAlreadyHoldsThisEvent_SucceedsWithoutSavingAgain()
    {
        var booked = AttendeeTestCases.Copy(_stored);
        booked.Book(AttendeeTestCases.Plan(booked), new BookedMeeting("event-9", null, null, null), AttendeeTestCases.Now);
        _stored = booked;

        var outcome = await _sut.BookAsync(Lead, AttendeeTestCases.Opened(), AttendeeTestCases.Plan(booked), default);

        Assert.Equal("event-9", outcome.Meeting!.EventId);
        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task BookAsync_AnotherMeetingBookedMeanwhile_SaysTheCaseChangedAndSavesNothing()
    {
        var planned = AttendeeTestCases.Copy(_stored);
        _stored = AttendeeTestCases.Booked();

        var outcome = await _sut.BookAsync(Lead, planned, AttendeeTestCases.Plan(planned), default);

        Assert.True(outcome.CaseChanged);
        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task BookAsync_CalendarRefuses_SaysWhyAndSavesNothing()
    {
        _calendar.Setup(c => c.BookAsync(It.IsAny<MeetingPlan>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MeetingCalendarException(CalendarFailure.Unavailable, BookingText.CalendarUnavailable, null));

        var outcome = await _sut.BookAsync(Lead, _stored, AttendeeTestCases.Plan(_stored), default);

        Assert.Equal(BookingText.CalendarUnavailable, outcome.Problem);
        _cases.Verify(c => c.FindByIdAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CancelAsync_MeetingAlreadyGoneFromTheCalendar_CancelsItInTheCaseWithoutNotices()
    {
        _stored = AttendeeTestCases.Booked();
        _calendar.Setup(c => c.CancelAsync(It.IsAny<string>(), "event-1", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MeetingCalendarException(CalendarFailure.NotFound, BookingText.CalendarNotFound, null));

        var outcome = await _sut.CancelAsync(Lead, AttendeeTestCases.Copy(_stored), "Cancelled.", default);

        Assert.Equal(MeetingStatus.Cancelled, outcome.Meeting!.Status);
        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), Lead.AadObjectId, It.Is<IReadOnlyList<CaseNotice>>(n => n.Count == 0), It.IsAny<CancellationToken>()));
        _notices.Verify(n => n.ForCancellation(It.IsAny<CriticalCase>(), It.IsAny<CaseMeeting>()), Times.Never);
    }

    [Fact]
    public async Task RescheduleAsync_AnAttendeeNotTheLead_IsRefusedBeforeTheCalendarIsTouched()
    {
        _stored = AttendeeTestCases.Booked();
        var clinician = new CaseCaller(AttendeeTestCases.TenantId, AttendeeTestCases.ClinicianId);

        var outcome = await _sut.RescheduleAsync(clinician, AttendeeTestCases.Copy(_stored), AttendeeTestCases.Now.AddDays(2), TimeSpan.FromHours(1), default);

        Assert.Equal(BookingText.OnlyLead, outcome.Problem);
        _calendar.VerifyNoOtherCalls();
        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
