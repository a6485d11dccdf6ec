namespace CaseBot.Cases.Meetings;

/// <summary>Venue names and the policy's note on costs for venues outside the organisation.</summary>
public static class VenueCatalogue
{
    public const string ExternalCostNote = "Any costs, such as room hire, are paid by the department; external venues are booked through the organisation's usual routes.";

    public static IReadOnlyList<Venue> All { get; } = Enum.GetValues<Venue>();

    public static string Name(Venue venue) => venue switch
    {
        Venue.WorkBase => "Work base",
        Venue.Home => "The individual's home",
        Venue.OccupationalHealth => "Occupational Health",
        Venue.NeutralVenue => "A neutral venue",
        Venue.OnlineOnly => "Online only (Teams)",
        _ => throw new ArgumentOutOfRangeException(nameof(venue)),
    };

    public static bool IsExternal(Venue venue) => venue == Venue.NeutralVenue;

    public static string? CostNote(Venue venue) => IsExternal(venue) ? ExternalCostNote : null;
}
