namespace CaseBot.Cases.AdviceLine;

/// <summary>Whether the OH advice line is open at an instant, when it closes, and when it next opens.</summary>
/// <param name="IsOpen">Open at <paramref name="At"/>.</param>
/// <param name="ClosesAt">When open: the closing time (4pm by default), UK time, that day; otherwise null.</param>
/// <param name="NextOpensAt">When closed: the next opening time (8am by default), UK time, on a working day; otherwise null.</param>
/// <param name="At">The instant the status describes.</param>
public sealed record AdviceLineStatus(bool IsOpen, DateTimeOffset? ClosesAt, DateTimeOffset? NextOpensAt, DateTimeOffset At);
