namespace CaseBot.Cases.Booking;

/// <summary>A meeting taken off the organiser's calendar.</summary>
/// <param name="EventId">The event that was cancelled.</param>
/// <param name="IcsFile">An iCalendar (.ics, METHOD:CANCEL) file to offer the organiser when the calendar does not notify attendees itself (offline); null when it does (Graph).</param>
public sealed record CancelledMeeting(string EventId, byte[]? IcsFile);
