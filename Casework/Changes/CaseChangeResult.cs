using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Changes;

/// <summary>The end of <see cref="CaseChanges"/>: how it went, the case as it now stands (null when missing), and the change's result.</summary>
public sealed record CaseChangeResult<T>(CaseChangeStatus Status, CriticalCase? Case, T? Result)
{
    public static CaseChangeResult<T> Missing { get; } = new(CaseChangeStatus.Missing, null, default);
}
