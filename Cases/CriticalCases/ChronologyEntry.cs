namespace CaseBot.Cases.CriticalCases;

/// <summary>A dated event in a case's chronology. Entries hold events, never medical detail.</summary>
public sealed record ChronologyEntry(DateTimeOffset At, ChronologyKind Kind, string Summary);
