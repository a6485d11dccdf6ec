using System.Net;
using CaseBot.Bot.Calendar;
using CaseBot.Bot.Tests.Calendar;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Planning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// The planning conversation with Graph configured: the real Graph SDK under the real bot, a fake HTTP handler beneath it. The
/// requests the conversation makes are the ones the calendar tests pin down.
/// </summary>
public sealed class PlanningWithGraphTests : IAsyncLifetime
{
    private const string Me = """{"id":"00000000-0000-0000-0000-0000000000aa","displayName":"Test User","mail":"test.user@example.org"}""";
    private const string Olive = """{"id":"b2","displayName":"Olive Clinician","mail":"olive.clinician@example.org"}""";
    private const string Ezra = """{"id":"c3","displayName":"Ezra Caseworker","mail":"ezra.caseworker@example.org"}""";
    private const string NotFound = """{"error":{"code":"Request_ResourceNotFound","message":"not found"}}""";
    private const string AllFree = """{"value":[{"scheduleId":"test.user@example.org","scheduleItems":[]},{"scheduleId":"olive.clinician@example.org","scheduleItems":[]},{"scheduleId":"ezra.caseworker@example.org","scheduleItems":[]}]}""";
    private readonly FakeGraphHandler _graph = new();
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync()
        => _sut = await ConversationHarness.StartAsync(
            settings: new() { ["Graph:Enabled"] = "true", ["Graph:TenantId"] = "t", ["Graph:ClientId"] = "c", ["Graph:ClientSecret"] = "s" },
            replace: s => s.AddSingleton(GraphClientBuilder.Create(new AnonymousAuthenticationProvider(), _graph)));

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Booking_WithGraph_FindsPeopleAndFreeTimesThenCreatesOneTeamsEventRetriedOnThrottling()
    {
        _graph.Respond(HttpStatusCode.OK, Me).Respond(HttpStatusCode.OK, Olive)
            .Respond(HttpStatusCode.NotFound, NotFound).Respond(HttpStatusCode.OK, """{"value":[]}""")
            .Respond(HttpStatusCode.OK, Ezra)
            .Respond(HttpStatusCode.OK, AllFree)
            .Respond(HttpStatusCode.TooManyRequests, NotFound, retryAfter: TimeSpan.Zero)
            .Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent);

        await PlanToBookingQuestionAsync("ezra@example.org");
        await _sut.SayAsync("yes");

        Assert.True(_sut.LastSaid("Case Management Meeting booked"), _sut.Describe());
        Assert.True(_sut.LastSaid("Join link"), _sut.Describe());
        Assert.DoesNotContain(_sut.Last.Replies.SelectMany(r => r.Attachments ?? []), a => a.ContentType == IcsAttachment.ContentType);
        var creates = _graph.Requests.Where(r => r.Method == HttpMethod.Post && r.Uri.AbsolutePath.EndsWith("/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, creates.Count);
        Assert.Equal("/v1.0/users/00000000-0000-0000-0000-0000000000aa/events", creates[0].Uri.AbsolutePath);
        var saved = (await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse("GRAPH-1"), default))!;
        var key = BookingKey.For(saved.TenantId, saved.Id, 1);
        Assert.All(creates, c => Assert.Equal(key, c.Json.GetProperty("transactionId").GetString()));
        var body = creates[1].Json;
        Assert.True(body.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", body.GetProperty("onlineMeetingProvider").GetString());
        Assert.Equal(
            ["olive.clinician@example.org", "ezra.caseworker@example.org"],
            body.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()));
        var subject = body.GetProperty("subject").GetString()!;
        Assert.Contains("GRAPH-1", subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Olive", subject, StringComparison.Ordinal);
        var html = body.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Contains("1 hour", html, StringComparison.Ordinal);
        Assert.Contains("Agree the next steps.", html, StringComparison.Ordinal);
        Assert.Equal(("AAMkAD-event-1", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YTFlMmQt%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d"), (saved.BookedMeeting!.EventId, saved.BookedMeeting.JoinUrl));
    }

    [Fact]
    public async Task Booking_CalendarStillUnavailableAfterRetries_SaysSoPlainlyAndSavesNothing()
    {
        _graph.Respond(HttpStatusCode.OK, Me).Respond(HttpStatusCode.OK, Olive).Respond(HttpStatusCode.OK, Ezra)
            .Respond(HttpStatusCode.OK, AllFree)
            .Respond(HttpStatusCode.ServiceUnavailable, NotFound, retryAfter: TimeSpan.Zero, times: 4);

        await PlanToBookingQuestionAsync(null);
        await _sut.SayAsync("yes");

        Assert.True(_sut.LastSaid(BookingText.CalendarUnavailable), _sut.Describe());
        var saved = (await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse("GRAPH-1"), default))!;
        Assert.Equal((CaseStage.MeetingRecommended, 0), (saved.Stage, saved.Meetings.Count));
    }

    private async Task PlanToBookingQuestionAsync(string? unknownAddress)
    {
        foreach (var answer in new[] { "new case", "GRAPH-1", "me", "yes", "yes", "no", "6, 10", "no", "yes", "accept", "yes", "olive.clinician@example.org" })
        {
            await _sut.SayAsync(answer);
        }

        if (unknownAddress is not null)
        {
            await _sut.SayAsync(unknownAddress);
            Assert.True(_sut.LastSaid(PlanningText.NotFound), _sut.Describe());
        }

        foreach (var answer in new[] { "ezra.caseworker@example.org", "no", "Agree the next steps.", "1 hour", "online only", "1" })
        {
            await _sut.SayAsync(answer);
        }

        Assert.True(_sut.LastSaid(PlanningText.AskBook), _sut.Describe());
        Assert.Contains(_graph.Requests, r => r.Uri.AbsolutePath.EndsWith("/calendar/getSchedule", StringComparison.Ordinal));
    }
}
