using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Changes;

/// <summary>What a change decided for the case it was given: its result, and whether to save the case with some notices.</summary>
public sealed record CaseChange<T>(T Result, bool Save, IReadOnlyList<CaseNotice> Notices)
{
    public static CaseChange<T> Saved(T result, IReadOnlyList<CaseNotice> notices) => new(result, true, notices);

    public static CaseChange<T> Unchanged(T result) => new(result, false, []);
}
