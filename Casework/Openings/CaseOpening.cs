using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Openings;

/// <summary>How opening a case ended: the case as saved, or <see cref="ReferenceTaken"/> when the tenant already has another case under that reference.</summary>
public sealed record CaseOpening(CriticalCase? Case)
{
    public bool ReferenceTaken => Case is null;
}
