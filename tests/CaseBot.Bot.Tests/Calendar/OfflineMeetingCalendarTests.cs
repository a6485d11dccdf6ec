using System.Text;
using CaseBot.Bot.Calendar;
using CaseBot.Cases.Booking;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Calendar;

public sealed class OfflineMeetingCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 28, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly OfflineMeetingCalendar _sut;

    public OfflineMeetingCalendarTests() => _sut = new OfflineMeetingCalendar(WorkingHours.ForUk(), _time, NullLogger<OfflineMeetingCalendar>.Instance);

    [Fact]
    public async Task FindSlotsAsync_AttendeeAlreadyBooked_AvoidsThatMeeting()
    {
        await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var slots = await _sut.FindSlotsAsync(Query(CalendarPlans.Clinician.Email), CancellationToken.None);

        Assert.Equal([Bst(9, 0), Bst(11, 30), Bst(12, 0)], slots.Select(s => s.Start));
    }

    [Fact]
    public async Task FindSlotsAsync_PeopleNotInAnyBooking_AreFreeThen()
    {
        await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var slots = await _sut.FindSlotsAsync(Query("someone.else@example.org", "another@example.org"), CancellationToken.None);

        Assert.Equal([Bst(9, 0), Bst(9, 30), Bst(10, 0)], slots.Select(s => s.Start));
    }

    [Fact]
    public async Task RescheduleAsync_MovesTheMeetingAndIssuesTheNextSequence()
    {
        await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var moved = await _sut.RescheduleAsync(CalendarPlans.OrganiserId, CalendarPlans.Key(), Bst(14, 0), TimeSpan.FromHours(1), CancellationToken.None);

        var meeting = Single(moved.IcsFile);
        Assert.Equal((1, Bst(14, 0).UtcDateTime, Bst(15, 0).UtcDateTime), (meeting.Sequence, meeting.DtStart!.AsUtc, meeting.DtEnd!.AsUtc));
        var slots = await _sut.FindSlotsAsync(Query(CalendarPlans.Clinician.Email), CancellationToken.None);
        Assert.Equal([Bst(9, 0), Bst(9, 30), Bst(10, 0)], slots.Select(s => s.Start));
    }

    [Fact]
    public async Task CancelAsync_FreesTheTimeAndIssuesACancellation()
    {
        await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var cancelled = await _sut.CancelAsync(CalendarPlans.OrganiserId, CalendarPlans.Key(), "No longer needed", CancellationToken.None);

        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(cancelled.IcsFile!))!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal(("CANCEL", "CANCELLED", 1, CalendarPlans.Key()), (calendar.Method, meeting.Status, meeting.Sequence, meeting.Uid));
        Assert.Equal(["No longer needed"], meeting.Comments);
        var slots = await _sut.FindSlotsAsync(Query(CalendarPlans.Clinician.Email), CancellationToken.None);
        Assert.Equal([Bst(9, 0), Bst(9, 30), Bst(10, 0)], slots.Select(s => s.Start));
    }

    [Fact]
    public async Task RescheduleAsync_AnotherOrganiser_FailsAsNotFound()
    {
        await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(
            () => _sut.RescheduleAsync("someone-else", CalendarPlans.Key(), Bst(14, 0), TimeSpan.FromHours(1), CancellationToken.None));

        Assert.Equal(CalendarFailure.NotFound, error.Failure);
    }

    [Fact]
    public async Task RescheduleAsync_AfterCancel_FailsAsNotFound()
    {
        await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);
        await _sut.CancelAsync(CalendarPlans.OrganiserId, CalendarPlans.Key(), "No longer needed", CancellationToken.None);

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(
            () => _sut.RescheduleAsync(CalendarPlans.OrganiserId, CalendarPlans.Key(), Bst(14, 0), TimeSpan.FromHours(1), CancellationToken.None));

        Assert.Equal(CalendarFailure.NotFound, error.Failure);
    }

    [Fact]
    public async Task BookAsync_InviteCannotBeWritten_KeepsNothingSoTheSameKeyBooksAgain()
    {
        const string unwritable = "A purpose this test's invite writer cannot write.";
        var sut = new OfflineMeetingCalendar(
            WorkingHours.ForUk(), _time, NullLogger<OfflineMeetingCalendar>.Instance,
            b => b.Plan.Purpose == unwritable ? throw new UriFormatException("Invalid URI.") : IcsWriter.Write(b));

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(() => sut.BookAsync(CalendarPlans.Conference(purpose: unwritable), CalendarPlans.Key(), CancellationToken.None));
        var booked = await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        Assert.Equal((CalendarFailure.Refused, BookingText.InviteNotWritten), (error.Failure, error.Message));
        Assert.Contains("Agree adjustments and a return-to-work plan.", Single(booked.IcsFile).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RescheduleAsync_InviteCannotBeWritten_LeavesTheMeetingWhereItWas()
    {
        var failing = false;
        var sut = new OfflineMeetingCalendar(
            WorkingHours.ForUk(), _time, NullLogger<OfflineMeetingCalendar>.Instance, b => failing ? throw new ArgumentException("Invalid value.") : IcsWriter.Write(b));
        await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);
        failing = true;

        await Assert.ThrowsAsync<MeetingCalendarException>(
            () => sut.RescheduleAsync(CalendarPlans.OrganiserId, CalendarPlans.Key(), Bst(14, 0), TimeSpan.FromHours(1), CancellationToken.None));
        failing = false;

        var again = await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);
        Assert.Equal((0, Bst(10, 0).UtcDateTime), (Single(again.IcsFile).Sequence, Single(again.IcsFile).DtStart!.AsUtc));
    }

    private static SlotQuery Query(params string[] attendees)
        => new("someone", "organiser.two@example.org", attendees, TimeSpan.FromHours(1), Bst(8, 0), MaxSlots: 3);

    private static DateTimeOffset Bst(int hour, int minute) => new(2026, 6, 1, hour, minute, 0, TimeSpan.FromHours(1));

    private static CalendarEvent Single(byte[]? ics) => Assert.Single(Ical.Net.Calendar.Load(Encoding.UTF8.GetString(ics!))!.Events);
}
