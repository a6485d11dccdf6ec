using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Meetings;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// Teams' meeting start and end events, from the chat of a meeting CaseBot is installed in, handed to <see cref="MeetingEvents"/>. The
/// chat is the turn's conversation (what Teams vouched for); a join link in the event naming another chat is someone's mistake or
/// invention and changes nothing. Nothing is said in the chat from here: what a case owes its people goes through the outbox.
/// </summary>
public sealed partial class MeetingChatEvents(MeetingEvents events, IChatMembers members, ILogger<MeetingChatEvents> logger)
{
    public async Task StartedAsync(MeetingStartEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Chat(turnContext.Activity, meeting.JoinUrl) is not { } chat)
        {
            return;
        }

        var outcome = await events.StartedAsync(chat.Tenant, chat.Id, ct => members.AadObjectIdsAsync(turnContext, ct), cancellationToken);
        LogMeetingEvent(logger, "start", outcome);
    }

    public async Task EndedAsync(MeetingEndEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Chat(turnContext.Activity, meeting.JoinUrl) is not { } chat)
        {
            return;
        }

        var outcome = await events.EndedAsync(chat.Tenant, chat.Id, cancellationToken);
        LogMeetingEvent(logger, "end", outcome);
    }

    private (string Tenant, string Id)? Chat(Activity activity, string? joinUrl)
    {
        var chatId = activity.Conversation?.Id;
        var tenant = activity.GetTenantId();
        if (!MeetingChats.IsMeetingChat(chatId) || string.IsNullOrWhiteSpace(tenant))
        {
            LogNotAMeetingChat(logger);
            return null;
        }

        if (MeetingChats.FromJoinUrl(joinUrl) is { } named && !string.Equals(named, chatId, StringComparison.Ordinal))
        {
            LogJoinUrlOfAnotherChat(logger);
            return null;
        }

        return (tenant, chatId!);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams meeting {MeetingEvent} event: {Outcome}")]
    private static partial void LogMeetingEvent(ILogger logger, string meetingEvent, MeetingEventOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams meeting event outside a meeting chat, or without a tenant: ignored")]
    private static partial void LogNotAMeetingChat(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams meeting event whose join link names another chat: ignored")]
    private static partial void LogJoinUrlOfAnotherChat(ILogger logger);
}
