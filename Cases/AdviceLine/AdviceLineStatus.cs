namespace CaseBot.Cases.AdviceLine;

/// <summary>Whether the OH advice line is open at an instant, when it closes, and when it next opens.</summary>
/// <param name="IsOpen">Open at <paramref name="At"/>.</param>
/// <param name="ClosesAt">When open: 4pm UK time that day; otherwise null.</param>
/// <param name="NextOpensAt">When closed: the next 8am UK time on a working day; otherwise null.</param>
/// <param name="At">The instant the status describes.</param>
public sealed record AdviceLineStatus(bool IsOpen, DateTimeOffset? ClosesAt, DateTimeOffset? NextOpensAt, DateTimeOffset At);
