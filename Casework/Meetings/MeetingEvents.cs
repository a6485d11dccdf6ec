using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;

namespace CaseBot.Casework.Meetings;

/// <summary>
/// A case's meeting starting and ending in Teams, as the meeting's chat reports it. The first start posts the agenda in that chat (only
/// when everyone in the chat is the lead or invited: a Case Management Meeting's agenda never reaches the individual); the first end
/// asks the lead to record the meeting unless they already have. Teams sends a start each time people come back to a meeting, and
/// may send any event twice: only the first of each is acted on, in the same save that notes it. Events from chats that hold no
/// case's meeting are not CaseBot's business and change nothing.
/// </summary>
public sealed class MeetingEvents(ICaseRepository cases, CaseChanges changes, ICaseNotices notices, TimeProvider time)
{
    /// <summary>The actor the audit names: Teams, not a person, says a meeting started or ended.</summary>
    public const string Actor = "teams:meeting";

    /// <param name="tenantId">The tenant Teams vouched for.</param>
    /// <param name="chatId">The meeting's chat: the event's conversation.</param>
    /// <param name="members">Reads the chat's members (Entra ids; null for one without), asked only for a case's first start.</param>
    /// <param name="cancellationToken">Cancels reads and saves.</param>
    public async Task<MeetingEventOutcome> StartedAsync(
        string tenantId, string chatId, Func<CancellationToken, Task<IReadOnlyList<string?>>> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (await FindAsync(tenantId, chatId, cancellationToken) is not { } found)
        {
            return MeetingEventOutcome.NotThisCase;
        }

        // People coming back to a started meeting send another start: answered without reading the chat's members again.
        switch (found.MeetingInChat(chatId))
        {
            case { Status: MeetingStatus.Cancelled }:
                return MeetingEventOutcome.Cancelled;
            case { StartedAt: not null }:
                return MeetingEventOutcome.AlreadyNoted;
        }

        var onlyAttendees = await OnlyAttendeesAsync(found, members, cancellationToken);
        var now = time.GetUtcNow();
        var result = await changes.ApplyAsync(found, Actor, current =>
        {
            var outcome = current.StartMeeting(chatId, now);
            return outcome == MeetingEventOutcome.Noted
                ? CaseChange<MeetingEventOutcome>.Saved(outcome, notices.ForMeetingStart(current, current.MeetingInChat(chatId)!, onlyAttendees))
                : CaseChange<MeetingEventOutcome>.Unchanged(outcome);
        }, cancellationToken);
        return Outcome(result);
    }

    /// <param name="tenantId">The tenant Teams vouched for.</param>
    /// <param name="chatId">The meeting's chat: the event's conversation.</param>
    /// <param name="cancellationToken">Cancels reads and saves.</param>
    public async Task<MeetingEventOutcome> EndedAsync(string tenantId, string chatId, CancellationToken cancellationToken)
    {
        if (await FindAsync(tenantId, chatId, cancellationToken) is not { } found)
        {
            return MeetingEventOutcome.NotThisCase;
        }

        var now = time.GetUtcNow();
        var result = await changes.ApplyAsync(found, Actor, current =>
        {
            var outcome = current.EndMeeting(chatId, now);
            if (outcome != MeetingEventOutcome.Noted)
            {
                return CaseChange<MeetingEventOutcome>.Unchanged(outcome);
            }

            var meeting = current.MeetingInChat(chatId)!;
            return CaseChange<MeetingEventOutcome>.Saved(outcome, current.IsRecorded(meeting.Number) ? [] : notices.ForMeetingEnd(current, meeting));
        }, cancellationToken);
        return Outcome(result);
    }

    private async Task<CriticalCase?> FindAsync(string tenantId, string chatId, CancellationToken cancellationToken)
        => string.IsNullOrWhiteSpace(tenantId) || !MeetingChats.IsMeetingChat(chatId)
            ? null
            : await cases.FindByMeetingChatAsync(tenantId, chatId, cancellationToken);

    // Anyone the chat cannot name (no Entra id), anyone not invited, or members that cannot be read: the agenda stays out of the chat.
    private static async Task<bool> OnlyAttendeesAsync(
        CriticalCase criticalCase, Func<CancellationToken, Task<IReadOnlyList<string?>>> members, CancellationToken cancellationToken)
    {
        IReadOnlyList<string?> inChat;
        try
        {
            inChat = await members(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }

        var allowed = criticalCase.GroupChatMayInclude;
        return inChat.Count > 0 && inChat.All(id => id is not null && allowed.Contains(id));
    }

    // A case whose save keeps losing races fails the turn rather than dropping the event: Teams delivers it again.
    private static MeetingEventOutcome Outcome(CaseChangeResult<MeetingEventOutcome> result) => result.Status switch
    {
        CaseChangeStatus.Missing => MeetingEventOutcome.NotThisCase,
        CaseChangeStatus.Conflict => throw new CaseConflictException(),
        _ => result.Result,
    };
}
