using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Lookups;

/// <summary>
/// A case its lead wants to act on: found (<see cref="Case"/> set), missing or not the caller's to see (alike), or seen by someone who
/// does not lead it.
/// </summary>
public sealed record LedCase(CriticalCase? Case, bool Found, bool IsLead)
{
    public static LedCase Missing { get; } = new(null, false, false);
}
