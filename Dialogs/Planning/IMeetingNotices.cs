using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// The messages a meeting change sends its attendees (agenda and roles cards on booking; the updated agenda on a move; a notice on
/// cancellation), saved with the change and delivered by the outbox.
/// </summary>
public interface IMeetingNotices
{
    IReadOnlyList<CaseNotice> ForBooking(CriticalCase criticalCase, CaseMeeting meeting);

    IReadOnlyList<CaseNotice> ForReschedule(CriticalCase criticalCase, CaseMeeting meeting);

    IReadOnlyList<CaseNotice> ForCancellation(CriticalCase criticalCase, CaseMeeting meeting);
}
