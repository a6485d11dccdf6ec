using System.Net;
using System.Text.Json;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.Tests.Calendar;

public sealed class GraphMeetingCalendarBookTests
{
    private readonly FakeGraphHandler _graph = new();

    [Fact]
    public async Task BookAsync_Conference_PostsTheEventToTheOrganisersCalendar()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var request = Assert.Single(_graph.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(GraphCalendarFixture.Users + CalendarPlans.OrganiserId + "/events", request.Uri.AbsoluteUri);
        Assert.Equal("outlook.timezone=\"UTC\"", request.Header("Prefer"));
    }

    [Fact]
    public async Task BookAsync_Conference_SendsSubjectTimesTeamsMeetingAndTransactionId()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var json = _graph.Requests[0].Json;
        Assert.Equal("Case Conference – HR-2026-0142", json.GetProperty("subject").GetString());
        Assert.Equal(("2026-06-01T09:00:00", "UTC"), DateTimeTimeZone(json.GetProperty("start")));
        Assert.Equal(("2026-06-01T10:30:00", "UTC"), DateTimeTimeZone(json.GetProperty("end")));
        Assert.True(json.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", json.GetProperty("onlineMeetingProvider").GetString());
        Assert.Equal(CalendarPlans.Key(), json.GetProperty("transactionId").GetString());
        Assert.Equal("Occupational Health – Room 2", json.GetProperty("location").GetProperty("displayName").GetString());
        Assert.Equal("private", json.GetProperty("sensitivity").GetString());
    }

    [Fact]
    public async Task BookAsync_Conference_InvitesEveryoneButTheOrganiserAsRequired()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var attendees = Attendees(_graph.Requests[0].Json);
        Assert.Equal(
            [
                (CalendarPlans.Clinician.Email, CalendarPlans.Clinician.DisplayName, "required"),
                (CalendarPlans.Caseworker.Email, CalendarPlans.Caseworker.DisplayName, "required"),
                (CalendarPlans.Individual.Email, CalendarPlans.Individual.DisplayName, "required"),
                (CalendarPlans.Representative.Email, CalendarPlans.Representative.DisplayName, "required"),
            ],
            attendees);
    }

    [Fact]
    public async Task BookAsync_Cmm_InvitesNeitherTheIndividualNorTheRepresentative()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        await sut.BookAsync(CalendarPlans.Cmm(), CalendarPlans.Key(), CancellationToken.None);

        var json = _graph.Requests[0].Json;
        Assert.Equal([CalendarPlans.Clinician.Email, CalendarPlans.Caseworker.Email], Attendees(json).Select(a => a.Email));
        Assert.Equal("Case Management Meeting – HR-2026-0142", json.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task BookAsync_Body_IsHtmlWithDurationPurposeRolesAndDisclosure()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        await sut.BookAsync(CalendarPlans.Conference(purpose: "Agree adjustments <now>"), CalendarPlans.Key(), CancellationToken.None);

        var body = _graph.Requests[0].Json.GetProperty("body");
        var html = body.GetProperty("content").GetString()!;
        Assert.Equal("html", body.GetProperty("contentType").GetString());
        Assert.Contains("Expected duration: 1 hour 30 minutes", html, StringComparison.Ordinal);
        Assert.Contains("Agree adjustments &lt;now&gt;", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(DisclosureNotice.Text), html, StringComparison.Ordinal);
        Assert.Contains($"<li>{WebUtility.HtmlEncode(RoleCatalogue.Name(Role.Representative))}</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookAsync_SubjectAndBody_NameNobody()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        var json = _graph.Requests[0].Json;
        var text = json.GetProperty("subject").GetString() + json.GetProperty("body").GetProperty("content").GetString();
        foreach (var name in new[] { "Morgan", "Olive", "Ezra", "Isla", "Rory", "@" })
        {
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task BookAsync_Created_ReturnsEventIdJoinUrlWebLinkAndTheMeetingsChat()
    {
        var sut = GraphCalendarFixture.Create(_graph.Respond(HttpStatusCode.Created, GraphCalendarFixture.CreatedEvent));

        var booked = await sut.BookAsync(CalendarPlans.Conference(), CalendarPlans.Key(), CancellationToken.None);

        Assert.Equal(
            new BookedMeeting("AAMkAD-event-1", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YTFlMmQt%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d", "https://outlook.office365.com/owa/?itemid=AAMkAD", null,
                "19:meeting_NzA2YTFlMmQt@thread.v2"),
            booked);
    }

    private static (string? DateTime, string? TimeZone) DateTimeTimeZone(JsonElement value)
        => (value.GetProperty("dateTime").GetString(), value.GetProperty("timeZone").GetString());

    private static List<(string? Email, string? Name, string? Type)> Attendees(JsonElement json)
        => [.. json.GetProperty("attendees").EnumerateArray().Select(a => (
            a.GetProperty("emailAddress").GetProperty("address").GetString(),
            a.GetProperty("emailAddress").GetProperty("name").GetString(),
            a.GetProperty("type").GetString()))];
}
