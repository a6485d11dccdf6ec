using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Calendar;

/// <summary>A meeting the offline calendar holds. <see cref="TransactionId"/> is its event id and the .ics UID.</summary>
/// <param name="TransactionId">The booking key (see <see cref="BookingKey"/>).</param>
/// <param name="Plan">The meeting as now planned.</param>
/// <param name="Sequence">The iCalendar SEQUENCE: 0 when booked, one more for each change.</param>
/// <param name="Stamp">When the latest version was issued (DTSTAMP).</param>
/// <param name="CancelComment">Set once cancelled: the message to attendees.</param>
internal sealed record OfflineBooking(string TransactionId, MeetingPlan Plan, int Sequence, DateTimeOffset Stamp, string? CancelComment = null)
{
    public bool IsCancelled => CancelComment is not null;
}
