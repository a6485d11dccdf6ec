using CaseBot.Bot.Calendar;
using CaseBot.Cases.Booking;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>A <see cref="GraphMeetingCalendar"/> on the real Graph SDK and its default handlers, ending in a <see cref="FakeGraphHandler"/>.</summary>
internal static class GraphCalendarFixture
{
    public const string Users = "https://graph.microsoft.com/v1.0/users/";

    public const string CreatedEvent = """
        {"id":"AAMkAD-event-1","webLink":"https://outlook.office365.com/owa/?itemid=AAMkAD","onlineMeeting":{"joinUrl":"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YTFlMmQt%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d"}}
        """;

    public static GraphMeetingCalendar Create(FakeGraphHandler handler)
        => new(GraphClientBuilder.Create(new AnonymousAuthenticationProvider(), handler), WorkingHours.ForUk(), NullLogger<GraphMeetingCalendar>.Instance);
}
