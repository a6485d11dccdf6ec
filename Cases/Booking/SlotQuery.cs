namespace CaseBot.Cases.Booking;

/// <summary>What to look for free times for: everyone required, how long, and from when.</summary>
/// <param name="OrganiserAadObjectId">The organiser's Entra object id; the free/busy request is made on their calendar.</param>
/// <param name="OrganiserEmail">The organiser's address; their own busy times count.</param>
/// <param name="AttendeeEmails">The other required attendees' addresses (the organiser may be repeated here; duplicates are ignored).</param>
/// <param name="Duration">The meeting's length.</param>
/// <param name="From">The earliest start, usually now.</param>
/// <param name="WorkingDays">How many working days to search, from the day of <paramref name="From"/>.</param>
/// <param name="MaxSlots">At most this many slots, earliest first.</param>
public sealed record SlotQuery(
    string OrganiserAadObjectId,
    string OrganiserEmail,
    IReadOnlyList<string> AttendeeEmails,
    TimeSpan Duration,
    DateTimeOffset From,
    int WorkingDays = FreeSlotFinder.DefaultWorkingDays,
    int MaxSlots = FreeSlotFinder.DefaultMaxSlots)
{
    /// <summary>The organiser and the attendees, each once (case-insensitive), trimmed, organiser first.</summary>
    public IReadOnlyList<string> Everyone()
        => [.. new[] { OrganiserEmail }.Concat(AttendeeEmails ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>No addresses, so a query written to a log gives nothing away.</summary>
    public override string ToString() => $"SlotQuery {{ Attendees = {Everyone().Count}, Duration = {Duration}, From = {From:O} }}";
}
