using System.Globalization;
using System.Net;
using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Tests.Calendar;

public sealed class GraphMeetingCalendarSlotsTests
{
    // Monday 1 June 2026, 08:00 BST.
    private static readonly DateTimeOffset From = new(2026, 6, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly FakeGraphHandler _graph = new();

    private static SlotQuery Query => new(
        CalendarPlans.OrganiserId,
        CalendarPlans.Manager.Email,
        [CalendarPlans.Clinician.Email, CalendarPlans.Caseworker.Email, CalendarPlans.Representative.Email],
        TimeSpan.FromHours(1),
        From,
        MaxSlots: 3);

    [Fact]
    public async Task FindSlotsAsync_AsksGetScheduleForEveryoneOverTheWorkingWeekInUtc()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.OK, """{"value":[]}"""));

        await sut.FindSlotsAsync(Query, CancellationToken.None);

        var request = Assert.Single(_graph.Requests);
        var json = request.Json;

        // Action parameters go out with the names Graph's metadata declares (PascalCase), as the SDK writes them.
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(GraphCalendarFixture.Users + CalendarPlans.OrganiserId + "/calendar/getSchedule", request.Uri.AbsoluteUri);
        Assert.Equal("outlook.timezone=\"UTC\"", request.Header("Prefer"));
        Assert.Equal(
            [CalendarPlans.Manager.Email, CalendarPlans.Clinician.Email, CalendarPlans.Caseworker.Email, CalendarPlans.Representative.Email],
            json.GetProperty("Schedules").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2026-06-01T07:00:00", json.GetProperty("StartTime").GetProperty("dateTime").GetString());
        Assert.Equal("2026-06-05T16:00:00", json.GetProperty("EndTime").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", json.GetProperty("EndTime").GetProperty("timeZone").GetString());
        Assert.Equal(15, json.GetProperty("AvailabilityViewInterval").GetInt32());
    }

    [Fact]
    public async Task FindSlotsAsync_CannedSchedules_GivesTheCommonFreeSlots()
    {
        // Organiser busy 09:00-10:00 BST; clinician tentative 10:00-11:30 BST and free after; representative's calendar unreadable.
        const string answer = """
            {"value":[
              {"scheduleId":"morgan.manager@example.org","availabilityView":"","scheduleItems":[
                {"status":"busy","start":{"dateTime":"2026-06-01T08:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-06-01T09:00:00.0000000","timeZone":"UTC"}}]},
              {"scheduleId":"olive.clinician@example.org","availabilityView":"","scheduleItems":[
                {"status":"tentative","start":{"dateTime":"2026-06-01T09:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-06-01T10:30:00.0000000","timeZone":"UTC"}},
                {"status":"free","start":{"dateTime":"2026-06-01T10:30:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-06-01T12:00:00.0000000","timeZone":"UTC"}}]},
              {"scheduleId":"ezra.caseworker@example.org","availabilityView":"","scheduleItems":[]},
              {"scheduleId":"rory.rep@example.net","error":{"message":"Cannot read","responseCode":"UnknownError"}}
            ]}
            """;
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.OK, answer));

        var slots = await sut.FindSlotsAsync(Query, CancellationToken.None);

        Assert.Equal([Bst("11:30"), Bst("12:00"), Bst("12:30")], slots.Select(s => s.Start));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.Duration));
    }

    [Fact]
    public async Task FindSlotsAsync_OnlyAnAvailabilityView_ReadsItsBusyDigits()
    {
        // From 07:00 UTC in 15-minute steps: digits 4 to 7 (08:00-09:00 UTC, 09:00-10:00 BST) busy.
        const string answer = """{"value":[{"scheduleId":"ezra.caseworker@example.org","availabilityView":"00002222"}]}""";
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.OK, answer));

        var slots = await sut.FindSlotsAsync(Query, CancellationToken.None);

        Assert.Equal(Bst("10:00"), slots[0].Start);
    }

    [Fact]
    public async Task FindSlotsAsync_ItemsInAnotherZone_AreConverted()
    {
        // 09:00-10:00 in "GMT Standard Time" (UK time) on a BST date is 08:00-09:00 UTC.
        const string answer = """
            {"value":[{"scheduleId":"olive.clinician@example.org","scheduleItems":[
              {"status":"oof","start":{"dateTime":"2026-06-01T09:00:00","timeZone":"GMT Standard Time"},"end":{"dateTime":"2026-06-01T10:00:00","timeZone":"GMT Standard Time"}}]}]}
            """;
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.OK, answer));

        var slots = await sut.FindSlotsAsync(Query, CancellationToken.None);

        Assert.Equal(Bst("10:00"), slots[0].Start);
    }

    [Fact]
    public async Task FindSlotsAsync_Throttled_FailsPlainlyAsUnavailable()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.ServiceUnavailable, "{}", TimeSpan.Zero, times: 4));

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(() => sut.FindSlotsAsync(Query, CancellationToken.None));

        Assert.Equal(CalendarFailure.Unavailable, error.Failure);
    }

    private static DateTimeOffset Bst(string time) => DateTimeOffset.Parse($"2026-06-01T{time}:00+01:00", CultureInfo.InvariantCulture);
}
