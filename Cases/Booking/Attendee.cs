using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Booking;

/// <summary>
/// Someone invited to the meeting, in a <paramref name="Role"/>. <paramref name="DisplayName"/> is for the invite's attendee list
/// only: never log it (<see cref="ToString"/> shows the role alone).
/// </summary>
/// <param name="Role">The part they play; the invite lists roles, not names.</param>
/// <param name="DisplayName">Their name as the calendar shows it.</param>
/// <param name="Email">Their SMTP address or UPN; unique within a plan (case-insensitive).</param>
/// <param name="AadObjectId">Their Entra object id when known (from the people picker); null for people outside the tenant.</param>
public sealed record Attendee(Role Role, string DisplayName, string Email, string? AadObjectId)
{
    /// <summary>The role only, so that an attendee written to a log carries no name or address.</summary>
    public override string ToString() => $"Attendee {{ Role = {Role} }}";
}
