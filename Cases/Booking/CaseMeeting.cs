namespace CaseBot.Cases.Booking;

/// <summary>A meeting of a case: its plan, where the calendar holds it, and whether it is booked, cancelled or held.</summary>
/// <param name="Number">1 for the case's first meeting, 2 for the next; part of the booking key.</param>
/// <param name="Plan">Who, why, how long, where and when.</param>
/// <param name="EventId">The calendar's event id, needed to reschedule or cancel.</param>
/// <param name="JoinUrl">The Teams join link; null offline.</param>
/// <param name="WebLink">The Outlook link of the event; null offline.</param>
/// <param name="Status">Booked, cancelled or held.</param>
/// <param name="ChatId">The Teams meeting's chat, where its start and end events come from; null offline.</param>
/// <param name="StartedAt">When someone first started it in Teams; null until then.</param>
/// <param name="EndedAt">When it first ended in Teams; null until then.</param>
public sealed record CaseMeeting(
    int Number, MeetingPlan Plan, string EventId, string? JoinUrl, string? WebLink, MeetingStatus Status,
    string? ChatId = null, DateTimeOffset? StartedAt = null, DateTimeOffset? EndedAt = null)
{
    /// <summary>The Entra object ids of the attendees known by id (people picked in Teams), organiser included.</summary>
    public IEnumerable<string> AttendeeAadObjectIds
        => Plan.Attendees.Select(a => a.AadObjectId).Append(Plan.OrganiserAadObjectId).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The attendee with this Entra object id, if they were invited by id.</summary>
    public Attendee? AttendeeWith(string aadObjectId)
        => Plan.Attendees.FirstOrDefault(a => string.Equals(a.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
            ?? (string.Equals(Plan.OrganiserAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) ? Plan.Attendees.FirstOrDefault(Plan.IsOrganiser) : null);

    /// <summary>No names or addresses, so it can be logged.</summary>
    public override string ToString() => $"CaseMeeting {{ Number = {Number}, Status = {Status}, {Plan} }}";
}
