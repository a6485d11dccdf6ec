using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Booking;

/// <summary>
/// Everything needed to book a case meeting: who (by role), why, how long, where and when, and whose calendar it goes on. Built
/// only through <see cref="Create"/>, which applies the policy: a purpose for the invite, a stated duration, and no individual or
/// representative at a Case Management Meeting. The organiser is one of the attendees (usually the Referring Manager).
/// </summary>
public sealed record MeetingPlan
{
    public const int MaxPurposeLength = 1000;
    public const int MaxVenueDetailLength = 200;
    public const int MaxDisplayNameLength = 256;
    public const int MaxAttendees = 20;

    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(8);

    private MeetingPlan(CaseReference reference, MeetingType type, IReadOnlyList<Attendee> attendees, string purpose, TimeSpan duration, Venue venue, string? venueDetail, DateTimeOffset start, string organiserAadObjectId, string organiserEmail)
    {
        Reference = reference;
        Type = type;
        Attendees = attendees;
        Purpose = purpose;
        Duration = duration;
        Venue = venue;
        VenueDetail = venueDetail;
        Start = start;
        OrganiserAadObjectId = organiserAadObjectId;
        OrganiserEmail = organiserEmail;
    }

    public CaseReference Reference { get; }

    public MeetingType Type { get; }

    /// <summary>Everyone invited, the organiser included, in the order given.</summary>
    public IReadOnlyList<Attendee> Attendees { get; }

    /// <summary>Why the meeting is called and what it must achieve; goes into the invite.</summary>
    public string Purpose { get; }

    public TimeSpan Duration { get; }

    public Venue Venue { get; }

    /// <summary>Room, address or other detail of the venue; null when none was given.</summary>
    public string? VenueDetail { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End => Start + Duration;

    /// <summary>The Entra object id of the organiser, whose calendar holds the event.</summary>
    public string OrganiserAadObjectId { get; }

    public string OrganiserEmail { get; }

    /// <summary>The attendees other than the organiser: the people the invite is sent to.</summary>
    public IReadOnlyList<Attendee> Invitees => [.. Attendees.Where(a => !IsOrganiser(a))];

    /// <summary>Builds a new plan, trimming text and refusing what the policy does not allow.</summary>
    /// <exception cref="CaseRuleException">A rule is broken; the message says which, plainly, without naming anyone.</exception>
    public static MeetingPlan Create(CaseReference reference, MeetingType type, IReadOnlyList<Attendee> attendees, string purpose, TimeSpan duration, Venue venue, string? venueDetail, DateTimeOffset start, string organiserAadObjectId, string organiserEmail)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentException.ThrowIfNullOrWhiteSpace(organiserAadObjectId);
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(type) && Enum.IsDefined(venue), true);
        var trimmedPurpose = purpose?.Trim() ?? string.Empty;
        Require(trimmedPurpose.Length is > 0 and <= MaxPurposeLength, BookingText.PurposeRequired);
        Require(duration >= MinDuration && duration <= MaxDuration, BookingText.DurationRange);
        Require(VenueCatalogue.For(type).Contains(venue), BookingText.HomeNotAVenue(type));
        var detail = string.IsNullOrWhiteSpace(venueDetail) ? null : venueDetail.Trim();
        Require(detail is null || detail.Length <= MaxVenueDetailLength, BookingText.VenueDetailTooLong);
        var organiser = organiserEmail?.Trim() ?? string.Empty;
        Require(EmailAddresses.IsValid(organiser), BookingText.AttendeeDetails);
        var people = AttendeeRules.Checked(type, attendees, organiser);
        return new MeetingPlan(reference, type, people, trimmedPurpose, duration, venue, detail, start, organiserAadObjectId.Trim(), organiser);
    }

    /// <summary>
    /// A plan as it was stored. It was checked when it was made; the rules may have grown stricter since (addresses, lengths), and a
    /// case saved under the old ones must still load, so nothing is refused here beyond what makes a plan at all.
    /// </summary>
    public static MeetingPlan Restore(
        CaseReference reference, MeetingType type, IReadOnlyList<Attendee> attendees, string purpose, TimeSpan duration, Venue venue, string? venueDetail,
        DateTimeOffset start, string organiserAadObjectId, string organiserEmail)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(attendees);
        return new MeetingPlan(reference, type, [.. attendees], purpose ?? string.Empty, duration, venue, venueDetail, start, organiserAadObjectId ?? string.Empty, organiserEmail ?? string.Empty);
    }

    /// <summary>The same plan at another time, and for another length when <paramref name="duration"/> is given (a reschedule).</summary>
    /// <exception cref="CaseRuleException">The new duration is out of range.</exception>
    public MeetingPlan RescheduledTo(DateTimeOffset start, TimeSpan? duration = null)
    {
        var length = duration ?? Duration;
        Require(length >= MinDuration && length <= MaxDuration, BookingText.DurationRange);
        return new(Reference, Type, Attendees, Purpose, length, Venue, VenueDetail, start, OrganiserAadObjectId, OrganiserEmail);
    }

    public bool IsOrganiser(Attendee attendee)
        => string.Equals(attendee?.Email, OrganiserEmail, StringComparison.OrdinalIgnoreCase);

    /// <summary>No names, addresses or purpose, so a plan written to a log gives nothing away.</summary>
    public override string ToString() => $"MeetingPlan {{ Reference = {Reference}, Type = {Type}, Start = {Start:O}, Duration = {Duration}, Attendees = {Attendees.Count} }}";

    internal static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CaseRuleException(message);
        }
    }
}
