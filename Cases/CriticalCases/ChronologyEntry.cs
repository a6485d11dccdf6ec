namespace CaseBot.Cases.CriticalCases;

/// <summary>A dated event in a case's chronology. Entries hold events, never medical detail.</summary>
public sealed record ChronologyEntry(DateTimeOffset At, ChronologyKind Kind, string Summary)
{
    /// <summary>
    /// Events of the individual's private say before a Case Conference: kept in the case's <see cref="CriticalCase.History"/> for the
    /// audit and a subject access request, but never in the <see cref="CriticalCase.Chronology"/> that agendas, status and the board
    /// show (even that they answered is theirs and the lead's to know).
    /// </summary>
    public static bool IsPrivate(ChronologyKind kind)
        => kind is ChronologyKind.PreparationAnswered or ChronologyKind.PreparationReplied or ChronologyKind.PreparationArranged or ChronologyKind.PreparationReminded;
}
