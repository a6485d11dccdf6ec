using CaseBot.Cases.CriticalCases;

namespace CaseBot.Dialogs.Attendees;

/// <summary>The end of <see cref="CaseChanges.ApplyAsync{T}"/>: how it went, the case as it now stands (null when missing), and the change's result.</summary>
internal sealed record CaseChangeResult<T>(CaseChangeStatus Status, CriticalCase? Case, T? Result)
{
    public static CaseChangeResult<T> Missing { get; } = new(CaseChangeStatus.Missing, null, default);
}
