namespace CaseBot.Cases.Booking;

/// <summary>
/// Finds the people to invite: Microsoft Graph's users in a tenant, or, offline, the people configured for local runs. Throws
/// <see cref="MeetingCalendarException"/> (plain message) when the directory cannot be reached.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>The person with this Entra object id (what the Teams people picker returns), or null.</summary>
    Task<Person?> FindByIdAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The person with this mail address or UPN, or null when nobody in the directory has it.</summary>
    Task<Person?> FindByEmailAsync(string email, CancellationToken cancellationToken);
}
