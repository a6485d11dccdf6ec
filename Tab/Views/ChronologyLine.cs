namespace CaseBot.Tab.Views;

/// <summary>One event of a case's chronology as the board shows it: when (UK time) and what, in the fixed words of the status card.</summary>
public sealed record ChronologyLine(DateTimeOffset At, string When, string What);
