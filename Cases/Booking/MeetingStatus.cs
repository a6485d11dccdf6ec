namespace CaseBot.Cases.Booking;

/// <summary>Where a case meeting stands.</summary>
public enum MeetingStatus
{
    Booked,
    Cancelled,
    Held,
}
