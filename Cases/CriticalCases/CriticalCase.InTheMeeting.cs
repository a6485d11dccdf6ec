using CaseBot.Cases.Booking;

namespace CaseBot.Cases.CriticalCases;

/// <summary>The meeting itself: Teams says when people start and end it, in the meeting's chat.</summary>
public sealed partial class CriticalCase
{
    /// <summary>The latest of the case's meetings held in the Teams chat <paramref name="chatId"/>, if any.</summary>
    public CaseMeeting? MeetingInChat(string chatId)
        => _meetings.LastOrDefault(m => m.ChatId is not null && string.Equals(m.ChatId, chatId, StringComparison.Ordinal));

    /// <summary>Someone started the meeting in <paramref name="chatId"/>: the first start is noted, any later one changes nothing.</summary>
    public MeetingEventOutcome StartMeeting(string chatId, DateTimeOffset at)
    {
        if (MeetingInChat(chatId) is not { } meeting)
        {
            return MeetingEventOutcome.NotThisCase;
        }

        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return MeetingEventOutcome.Cancelled;
        }

        if (meeting.StartedAt is not null || ClosedAt is not null)
        {
            return MeetingEventOutcome.AlreadyNoted;
        }

        Replace(meeting, meeting with { StartedAt = at });
        _chronology.Add(new ChronologyEntry(at, ChronologyKind.MeetingStarted, CaseText.Started(meeting.Plan)));
        return MeetingEventOutcome.Noted;
    }

    /// <summary>
    /// The meeting in <paramref name="chatId"/> ended: the first end is noted (a start Teams never sent does not matter), any later one
    /// changes nothing. Whether it was held is for the lead's record to say, not for the end of a call.
    /// </summary>
    public MeetingEventOutcome EndMeeting(string chatId, DateTimeOffset at)
    {
        if (MeetingInChat(chatId) is not { } meeting)
        {
            return MeetingEventOutcome.NotThisCase;
        }

        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return MeetingEventOutcome.Cancelled;
        }

        if (meeting.EndedAt is not null || ClosedAt is not null)
        {
            return MeetingEventOutcome.AlreadyNoted;
        }

        Replace(meeting, meeting with { EndedAt = at });
        _chronology.Add(new ChronologyEntry(at, ChronologyKind.MeetingEnded, CaseText.Ended(meeting.Plan)));
        return MeetingEventOutcome.Noted;
    }

    /// <summary>Whether the lead has recorded the meeting numbered <paramref name="meetingNumber"/>.</summary>
    public bool IsRecorded(int meetingNumber) => _records.Exists(r => r.MeetingNumber == meetingNumber);
}
