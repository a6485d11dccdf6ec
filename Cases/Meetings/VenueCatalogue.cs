namespace CaseBot.Cases.Meetings;

/// <summary>Venue names, which venues suit each meeting type, and the policy's note on costs for venues outside the organisation.</summary>
public static class VenueCatalogue
{

    public static IReadOnlyList<Venue> All { get; } = Array.AsReadOnly(Enum.GetValues<Venue>());

    public static string Name(Venue venue) => venue switch
    {
        Venue.WorkBase => MeetingText.VenueWorkBase,
        Venue.Home => MeetingText.VenueHome,
        Venue.OccupationalHealth => MeetingText.VenueOccupationalHealth,
        Venue.NeutralVenue => MeetingText.VenueNeutral,
        Venue.OnlineOnly => MeetingText.VenueOnlineOnly,
        _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, null),
    };

    /// <summary>
    /// The venues to offer. The policy lists "a work base location, home, Occupational Health or a neutral venue" for either type;
    /// the individual's home is left out of a meeting the individual does not attend (<see cref="Attendance"/>: a CMM).
    /// </summary>
    public static IReadOnlyList<Venue> For(MeetingType type)
        => Attendance.Allows(type, Role.Individual) ? All : [.. All.Where(v => v != Venue.Home)];

    /// <summary>A venue outside the organisation's own premises (and not the individual's home): today, the neutral venue.</summary>
    public static bool IsExternal(Venue venue) => venue == Venue.NeutralVenue;

    /// <summary><see cref="MeetingText.ExternalVenueCostNote"/> for an external venue; null otherwise.</summary>
    public static string? CostNote(Venue venue) => IsExternal(venue) ? MeetingText.ExternalVenueCostNote : null;
}
