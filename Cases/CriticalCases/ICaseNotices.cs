using CaseBot.Cases.Booking;
using CaseBot.Cases.Records;

namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// The messages a change to a case sends its people, as <see cref="CaseNotice"/>s to save with the change (the outbox delivers them).
/// The domain says when a message is owed; what it looks like (cards, words, the channel's JSON) is the host's to render.
/// </summary>
public interface ICaseNotices
{
    /// <summary>After booking: the agenda and each attendee's roles card.</summary>
    IReadOnlyList<CaseNotice> ForBooking(CriticalCase criticalCase, CaseMeeting meeting);

    /// <summary>After the meeting moved: every agenda card of the meeting shows the new time.</summary>
    IReadOnlyList<CaseNotice> ForReschedule(CriticalCase criticalCase, CaseMeeting meeting);

    /// <summary>After the meeting was cancelled: a note to each attendee, and the agenda cards say so.</summary>
    IReadOnlyList<CaseNotice> ForCancellation(CriticalCase criticalCase, CaseMeeting meeting);

    /// <summary>
    /// The meeting started in Teams: the agenda in the meeting's chat when <paramref name="chatHoldsOnlyAttendees"/> (everyone in it the
    /// lead or invited), else a note to the lead that nothing was posted there.
    /// </summary>
    IReadOnlyList<CaseNotice> ForMeetingStart(CriticalCase criticalCase, CaseMeeting meeting, bool chatHoldsOnlyAttendees);

    /// <summary>The meeting ended in Teams and is not recorded yet: the lead is asked to record it, with the record form a click away.</summary>
    IReadOnlyList<CaseNotice> ForMeetingEnd(CriticalCase criticalCase, CaseMeeting meeting);

    /// <summary>After an action is done (on <paramref name="today"/>, the organisation's date): every copy of the action list is replaced.</summary>
    IReadOnlyList<CaseNotice> ForTick(CriticalCase criticalCase, DateOnly today);

    /// <summary>After the lead records a meeting: the record to confirm and the action list.</summary>
    IReadOnlyList<CaseNotice> ForRecord(CriticalCase criticalCase, MeetingRecord record);

    /// <summary>After an attendee confirms the record or asks for a correction.</summary>
    IReadOnlyList<CaseNotice> ForRecordAnswer(CriticalCase criticalCase, RecordResponse response);
}
