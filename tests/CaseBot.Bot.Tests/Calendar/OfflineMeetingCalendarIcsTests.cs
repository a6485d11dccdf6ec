using System.Text;
using CaseBot.Bot.Calendar;
using CaseBot.Cases.Booking;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>The offline calendar's .ics files, read back with Ical.Net, and its idempotent booking.</summary>
public sealed class OfflineMeetingCalendarIcsTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 28, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly OfflineMeetingCalendar _sut;

    public OfflineMeetingCalendarIcsTests() => _sut = new OfflineMeetingCalendar(WorkingHours.ForUk(), _time, NullLogger<OfflineMeetingCalendar>.Instance);

    [Fact]
    public async Task BookAsync_Ics_ParsesBackAsTheMeetingRequest()
    {
        var plan = CalendarPlans.Conference();

        var booked = await _sut.BookAsync(plan, CalendarPlans.Key(), CancellationToken.None);

        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(booked.IcsFile!))!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(CalendarPlans.Key(), meeting.Uid);
        Assert.Equal("Case Conference – HR-2026-0142", meeting.Summary);
        Assert.Equal(plan.Start.UtcDateTime, meeting.DtStart!.AsUtc);
        Assert.Equal(plan.End.UtcDateTime, meeting.DtEnd!.AsUtc);
        Assert.True(meeting.DtStart.IsUtc);
        Assert.Equal(Now.UtcDateTime, meeting.DtStamp!.AsUtc);
        Assert.Equal("Occupational Health – Room 2", meeting.Location);
        Assert.Contains("Expected duration: 1 hour 30 minutes", meeting.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookAsync_Ics_HasTheOrganiserAndEveryOtherAttendeeAsRequired()
    {
        var booked = await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var meeting = Single(booked.IcsFile);
        Assert.Equal("mailto:" + CalendarPlans.Manager.Email, meeting.Organizer!.Value!.ToString());
        Assert.Equal(
            [CalendarPlans.Clinician.Email, CalendarPlans.Caseworker.Email, CalendarPlans.Individual.Email, CalendarPlans.Representative.Email],
            meeting.Attendees.Select(a => a.Value!.ToString()["mailto:".Length..]));
        Assert.All(meeting.Attendees, a => Assert.Equal("REQ-PARTICIPANT", a.Role));
        Assert.Equal(CalendarPlans.Individual.DisplayName, meeting.Attendees[2].CommonName);
    }

    [Fact]
    public async Task BookAsync_IcsText_IsUtcWithMethodRequest()
    {
        var booked = await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var text = Encoding.UTF8.GetString(booked.IcsFile!);
        Assert.Contains("METHOD:REQUEST\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260601T090000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260601T103000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("ROLE=REQ-PARTICIPANT", text, StringComparison.Ordinal);
        Assert.Null(booked.JoinUrl);
    }

    [Fact]
    public async Task BookAsync_SameKeyTwice_ReturnsTheFirstBooking()
    {
        var first = await _sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        var second = await _sut.BookAsync(CalendarPlans.Conference(CalendarPlans.MondayTenBst.AddDays(1)), CalendarPlans.Key(), CancellationToken.None);

        Assert.Equal(first.EventId, second.EventId);
        Assert.Equal(first.IcsFile, second.IcsFile);
        Assert.Equal(CalendarPlans.MondayTenBst.UtcDateTime, Single(second.IcsFile).DtStart!.AsUtc);
    }

    private static CalendarEvent Single(byte[]? ics) => Assert.Single(Ical.Net.Calendar.Load(Encoding.UTF8.GetString(ics!))!.Events);
}
