namespace CaseBot.Cases.Booking;

/// <summary>A meeting on the organiser's calendar.</summary>
/// <param name="EventId">The calendar's id of the event; needed to reschedule or cancel it. Store it on the case.</param>
/// <param name="JoinUrl">The Teams join link; null when the calendar made no online meeting (offline).</param>
/// <param name="WebLink">A link that opens the event in Outlook on the web; null offline.</param>
/// <param name="ChatId">The Teams meeting's chat ("19:meeting_...@thread.v2"), where Teams posts its start and end events; null offline.</param>
/// <param name="IcsFile">An iCalendar (.ics, METHOD:REQUEST) file of the invite to offer the organiser when the calendar does not send invitations itself (offline); null when it does (Graph).</param>
public sealed record BookedMeeting(string EventId, string? JoinUrl, string? WebLink, byte[]? IcsFile, string? ChatId = null);
