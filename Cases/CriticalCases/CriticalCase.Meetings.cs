using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.CriticalCases;

/// <summary>Booking, moving and cancelling the case's meeting.</summary>
public sealed partial class CriticalCase
{
    /// <summary>
    /// The type of the next meeting: the one decided on, except that once a Case Management Meeting has been held for a case whose
    /// recommendation expected a Case Conference to follow, the conference is next.
    /// </summary>
    public MeetingType NextMeetingType
        => Decision.Recommended.ConferenceMayFollow && _meetings.Exists(m => m.Status == MeetingStatus.Held && m.Plan.Type == MeetingType.CaseManagementMeeting)
            ? MeetingType.CaseConference
            : Decision.Chosen;

    /// <summary>
    /// Keeps a meeting the calendar has booked; one booked meeting at a time. A group chat chosen for the case is dropped: its
    /// members were checked against the previous meeting's attendees, and this meeting's may differ (a Case Management Meeting after
    /// a conference must not reach the individual), so its cards go to each person's 1:1 chat until the lead chooses a chat again.
    /// </summary>
    public CaseMeeting Book(MeetingPlan plan, BookedMeeting booked, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(booked);
        RequireOpen();
        Require(BookedMeeting is null, CaseText.AlreadyBooked);
        Require(plan.Reference == Reference, "The plan is for another case.");
        var meeting = new CaseMeeting(NextMeetingNumber, plan, booked.EventId, booked.JoinUrl, booked.WebLink, MeetingStatus.Booked, booked.ChatId);
        _meetings.Add(meeting);
        GroupChatId = null;
        Stage = CaseStage.MeetingBooked;
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.MeetingBooked, CaseText.Booked(plan)));
        return meeting;
    }

    /// <summary>Moves the booked meeting (the calendar has already moved it).</summary>
    public CaseMeeting Reschedule(DateTimeOffset start, TimeSpan duration, BookedMeeting moved, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(moved);
        var current = BookedMeeting ?? throw new CaseRuleException(CaseText.NoBookedMeeting);
        var meeting = current with
        {
            Plan = current.Plan.RescheduledTo(start, duration),
            JoinUrl = moved.JoinUrl ?? current.JoinUrl,
            WebLink = moved.WebLink ?? current.WebLink,
            ChatId = moved.ChatId ?? current.ChatId,
        };
        Replace(current, meeting);
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.MeetingRescheduled, CaseText.Rescheduled(meeting.Plan)));
        return meeting;
    }

    /// <summary>Cancels the booked meeting (the calendar has already cancelled it); the case goes back to where it stood.</summary>
    public CaseMeeting CancelMeeting(DateTimeOffset now)
    {
        var current = BookedMeeting ?? throw new CaseRuleException(CaseText.NoBookedMeeting);
        var meeting = current with { Status = MeetingStatus.Cancelled };
        Replace(current, meeting);
        Stage = SettledStage();
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.MeetingCancelled, CaseText.Cancelled(meeting.Plan)));
        return meeting;
    }

    private void Replace(CaseMeeting current, CaseMeeting replacement) => _meetings[_meetings.IndexOf(current)] = replacement;
}
