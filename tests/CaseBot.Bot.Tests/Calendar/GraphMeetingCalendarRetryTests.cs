using System.Net;
using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>Booking when Graph throttles or fails: the SDK's retry handler, the stable transactionId, and plain failures.</summary>
public sealed class GraphMeetingCalendarRetryTests
{
    private readonly FakeGraphHandler _graph = new();

    [Fact]
    public async Task BookAsync_ThrottledOnce_IsRetriedAfterRetryAfterWithTheSameTransactionId()
    {
        var sut = GraphCalendarFixture.Create(_graph
            .Respond(HttpStatusCode.TooManyRequests, """{"error":{"code":"ApplicationThrottled","message":"Slow down"}}""", TimeSpan.FromSeconds(1))
            .Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        var booked = await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        Assert.Equal("AAMkAD-event-1", booked.EventId);
        Assert.Equal(2, _graph.Requests.Count);
        Assert.Equal("1", _graph.Requests[1].Header("Retry-Attempt"));
        Assert.Equal(_graph.Requests[0].Body, _graph.Requests[1].Body);
    }

    [Fact]
    public async Task BookAsync_StillThrottledAfterTheSdkRetries_FailsPlainlyAsUnavailable()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.TooManyRequests, """{"error":{"code":"ApplicationThrottled","message":"Slow down"}}""", TimeSpan.Zero, times: 4));

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(() => sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None));

        Assert.Equal(CalendarFailure.Unavailable, error.Failure);
        Assert.Equal(BookingText.CalendarUnavailable, error.Message);
        Assert.Equal(4, _graph.Requests.Count);
    }

    [Fact]
    public async Task BookAsync_BookedAgainWithTheSameKey_SendsTheSameTransactionId()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent, times: 2));

        await sut.BookAsync(CalendarPlans.Conference(), BookingKey.For(CalendarPlans.Tenant, CalendarPlans.CaseId, 1), CancellationToken.None);
        await sut.BookAsync(CalendarPlans.Conference(), BookingKey.For(CalendarPlans.Tenant, CalendarPlans.CaseId, 1), CancellationToken.None);

        Assert.Equal(_graph.Requests[0].Json.GetProperty("transactionId").GetString(), _graph.Requests[1].Json.GetProperty("transactionId").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, CalendarFailure.NotPermitted)]
    [InlineData(HttpStatusCode.NotFound, CalendarFailure.NotFound)]
    [InlineData(HttpStatusCode.BadRequest, CalendarFailure.Refused)]
    [InlineData(HttpStatusCode.InternalServerError, CalendarFailure.Unavailable)]
    public async Task BookAsync_GraphError_FailsWithItsKind(HttpStatusCode status, CalendarFailure failure)
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(status, """{"error":{"code":"ErrorAccessDenied","message":"No"}}"""));

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(() => sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None));

        Assert.Equal(failure, error.Failure);
    }
}
