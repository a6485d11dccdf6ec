namespace CaseBot.Cases.Booking;

/// <summary>Someone found in the organisation's directory. Never log the name or address (<see cref="ToString"/> shows neither).</summary>
/// <param name="DisplayName">Their name as the directory shows it.</param>
/// <param name="Email">Their mail address (or UPN when they have no mailbox address).</param>
/// <param name="AadObjectId">Their Entra object id; null for people the directory only knows by address.</param>
public sealed record Person(string DisplayName, string Email, string? AadObjectId)
{
    public Attendee As(Meetings.Role role) => new(role, DisplayName, Email, AadObjectId);

    public override string ToString() => $"Person {{ HasId = {AadObjectId is not null} }}";
}
