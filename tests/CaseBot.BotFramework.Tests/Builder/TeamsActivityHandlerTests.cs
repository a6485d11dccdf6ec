using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;

namespace CaseBot.BotFramework.Tests.Builder;

/// <summary>Teams' meeting start and end events, with the payloads Teams sends (PascalCase members, the meeting's chat as the conversation).</summary>
public sealed class TeamsActivityHandlerTests
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YTFl%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";

    private readonly TestAdapter _adapter = new();
    private readonly SpyHandler _sut = new();

    [Fact]
    public async Task OnTurnAsync_MeetingStartAsTeamsSendsIt_CallsOnTeamsMeetingStartWithItsDetails()
    {
        var start = MeetingEvent(TeamsActivityHandler.MeetingStartEventName,
            """{"MeetingType":"Scheduled","Title":"Case Conference – OH-1","Id":"MCMxOTptZWV0aW5n","JoinUrl":"__JOIN__","StartTime":"2026-12-08T10:00:12.345Z"}""");

        var result = await _adapter.SendAsync(start, _sut);

        Assert.Equal([$"start Scheduled {JoinUrl} 2026-12-08T10:00:12"], result.Texts);
    }

    [Fact]
    public async Task OnTurnAsync_MeetingEndAsTeamsSendsIt_CallsOnTeamsMeetingEndWithItsDetails()
    {
        var end = MeetingEvent(TeamsActivityHandler.MeetingEndEventName,
            """{"MeetingType":"Scheduled","Title":"t","Id":"MCMxOTptZWV0aW5n","JoinUrl":"__JOIN__","EndTime":"2026-12-08T11:02:00Z"}""");

        var result = await _adapter.SendAsync(end, _sut);

        Assert.Equal([$"end {JoinUrl} 2026-12-08T11:02:00"], result.Texts);
    }

    [Theory]
    [InlineData("webchat", TeamsActivityHandler.MeetingStartEventName, """{"JoinUrl":"__JOIN__"}""")]
    [InlineData("msteams", "application/vnd.microsoft.meetingParticipantJoin", """{"JoinUrl":"__JOIN__"}""")]
    [InlineData("msteams", TeamsActivityHandler.MeetingStartEventName, "\"not an object\"")]
    [InlineData("msteams", TeamsActivityHandler.MeetingEndEventName, """{"EndTime":"yesterday"}""")]
    public async Task OnTurnAsync_OtherChannelOtherEventOrUnreadableValue_IsIgnored(string channel, string name, string value)
    {
        var activity = MeetingEvent(name, value);
        activity.ChannelId = channel;

        var result = await _adapter.SendAsync(activity, _sut);

        Assert.Empty(result.Replies);
    }

    private Activity MeetingEvent(string name, string value)
    {
        var activity = _adapter.MakeActivity(type: ActivityTypes.Event);
        activity.Name = name;
        activity.ChannelId = "msteams";
        activity.Conversation = new ConversationAccount { Id = "19:meeting_NzA2YTFl@thread.v2", ConversationType = "groupChat" };
        activity.Value = JsonDocument.Parse(value.Replace("__JOIN__", JoinUrl, StringComparison.Ordinal)).RootElement.Clone();
        return activity;
    }

    private sealed class SpyHandler : TeamsActivityHandler
    {
        protected override Task OnTeamsMeetingStartAsync(MeetingStartEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync($"start {meeting.MeetingType} {meeting.JoinUrl} {meeting.StartTime:yyyy-MM-ddTHH:mm:ss}", cancellationToken);

        protected override Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync($"end {meeting.JoinUrl} {meeting.EndTime:yyyy-MM-ddTHH:mm:ss}", cancellationToken);
    }
}
