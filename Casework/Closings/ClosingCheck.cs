using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Closings;

/// <summary>A case its lead asked to close or reopen: the case (null when missing or not the caller's to see) and why not, if not.</summary>
public sealed record ClosingCheck(CriticalCase? Case, string? WhyNot)
{
    public bool Allowed => Case is not null && WhyNot is null;
}
