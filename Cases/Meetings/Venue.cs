namespace CaseBot.Cases.Meetings;

/// <summary>Where the meeting takes place ("a venue suitable to the circumstances").</summary>
public enum Venue
{
    WorkBase,
    Home,
    OccupationalHealth,
    NeutralVenue,
    OnlineOnly,
}
