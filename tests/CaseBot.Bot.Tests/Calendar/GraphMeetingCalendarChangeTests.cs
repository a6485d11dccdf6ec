using System.Net;
using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Tests.Calendar;

public sealed class GraphMeetingCalendarChangeTests
{
    private const string EventId = "AAMkAD-event-1";

    private readonly FakeGraphHandler _graph = new();

    [Fact]
    public async Task RescheduleAsync_PatchesOnlyStartAndEndInUtc()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.OK, GraphCalendarFixture.CreatedEvent));
        var tuesdayTwoBst = new DateTimeOffset(2026, 6, 2, 14, 0, 0, TimeSpan.FromHours(1));

        var moved = await sut.RescheduleAsync(CalendarPlans.OrganiserId, EventId, tuesdayTwoBst, TimeSpan.FromMinutes(90), CancellationToken.None);

        var request = Assert.Single(_graph.Requests);
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal(GraphCalendarFixture.Users + CalendarPlans.OrganiserId + "/events/" + EventId, request.Uri.AbsoluteUri);
        Assert.Equal(["end", "start"], request.Json.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')).Order());
        Assert.Equal("2026-06-02T13:00:00", request.Json.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("2026-06-02T14:30:00", request.Json.GetProperty("end").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", request.Json.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal(EventId, moved.EventId);
    }

    [Fact]
    public async Task RescheduleAsync_EventGone_FailsAsNotFound()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.NotFound, """{"error":{"code":"ErrorItemNotFound","message":"Gone"}}"""));

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(
            () => sut.RescheduleAsync(CalendarPlans.OrganiserId, EventId, CalendarPlans.MondayTenBst, TimeSpan.FromHours(1), CancellationToken.None));

        Assert.Equal((CalendarFailure.NotFound, BookingText.CalendarNotFound), (error.Failure, error.Message));
    }

    [Fact]
    public async Task CancelAsync_PostsCancelWithTheComment()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Accepted));

        var cancelled = await sut.CancelAsync(CalendarPlans.OrganiserId, EventId, " The meeting is no longer needed. ", CancellationToken.None);

        var request = Assert.Single(_graph.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(GraphCalendarFixture.Users + CalendarPlans.OrganiserId + "/events/" + EventId + "/cancel", request.Uri.AbsoluteUri);
        Assert.Equal("The meeting is no longer needed.", request.Json.GetProperty("Comment").GetString());
        Assert.Equal(new CancelledMeeting(EventId, null), cancelled);
    }

    [Fact]
    public async Task CancelAsync_NotTheOrganiser_FailsAsRefused()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.BadRequest, """{"error":{"code":"ErrorInvalidRequest","message":"Your request can't be completed."}}"""));

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(() => sut.CancelAsync(CalendarPlans.OrganiserId, EventId, "No longer needed", CancellationToken.None));

        Assert.Equal(CalendarFailure.Refused, error.Failure);
    }

    [Fact]
    public async Task CancelAsync_CallerCancels_PropagatesTheCancellation()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Accepted));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.CancelAsync(CalendarPlans.OrganiserId, EventId, "No longer needed", cancellation.Token));
    }
}
