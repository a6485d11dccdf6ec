using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

/// <summary>A Teams meeting's chat, read from its join link as Graph returns it.</summary>
public sealed class MeetingChatsTests
{
    [Theory]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YTFlMmQt%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d", "19:meeting_NzA2YTFlMmQt@thread.v2")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3AMEETING_abc-DEF_1%40thread.v2/0", "19:MEETING_abc-DEF_1@thread.v2")]
    [InlineData("https://teams.microsoft.us/l/meetup-join/19%3ameeting_Z292%40thread.v2/0", "19:meeting_Z292@thread.v2")]
    public void FromJoinUrl_TeamsJoinLink_IsTheMeetingsChat(string joinUrl, string chat)
        => Assert.Equal(chat, MeetingChats.FromJoinUrl(joinUrl));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("http://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2%40thread.v2/0")]
    [InlineData("https://teams.microsoft.com/meet/3456789012?p=abc")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%20b%40thread.v2/0")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%2F..%2Fb%40thread.v2/0")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/28%3aperson%40thread.v2/0")]
    public void FromJoinUrl_NoMeetingChatInIt_IsNull(string? joinUrl)
        => Assert.Null(MeetingChats.FromJoinUrl(joinUrl));
}
