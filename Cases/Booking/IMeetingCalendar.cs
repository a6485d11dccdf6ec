namespace CaseBot.Cases.Booking;

/// <summary>
/// The organiser's calendar, as the booking conversation sees it: Microsoft Graph in a tenant, or an offline calendar that keeps its
/// own bookings and hands out .ics files. Every method throws <see cref="MeetingCalendarException"/> (plain message) when the calendar
/// cannot do it; nothing is half-done then.
/// </summary>
public interface IMeetingCalendar
{
    /// <summary>The earliest slots in working hours when the organiser and every attendee are free.</summary>
    Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the meeting on the organiser's calendar and invites the attendees. <paramref name="transactionId"/> (see
    /// <see cref="BookingKey"/>) makes it idempotent: booking again with the same key returns the first booking, never a second event.
    /// </summary>
    Task<BookedMeeting> BookAsync(MeetingPlan plan, string transactionId, CancellationToken cancellationToken);

    /// <summary>Moves the event to <paramref name="newStart"/> for <paramref name="duration"/>; attendees are notified (or get a new .ics offline).</summary>
    Task<BookedMeeting> RescheduleAsync(string organiserAadObjectId, string eventId, DateTimeOffset newStart, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Cancels the event and tells the attendees why (<paramref name="comment"/>).</summary>
    Task<CancelledMeeting> CancelAsync(string organiserAadObjectId, string eventId, string comment, CancellationToken cancellationToken);
}
