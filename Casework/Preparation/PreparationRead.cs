using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Preparation;

namespace CaseBot.Casework.Preparation;

/// <summary>What the lead may read of the individual's say before one meeting; <see cref="Case"/> is null when the caller may not read it.</summary>
public sealed record PreparationRead(CriticalCase? Case, IReadOnlyList<MeetingPreparation> Preparations)
{
    public static PreparationRead Refused { get; } = new(null, []);
}
