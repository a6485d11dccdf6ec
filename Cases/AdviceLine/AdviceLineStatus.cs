namespace CaseBot.Cases.AdviceLine;

/// <summary>Whether the OH advice line is open at an instant, when it closes, and when it next opens.</summary>
public sealed record AdviceLineStatus(bool IsOpen, DateTimeOffset? ClosesAt, DateTimeOffset? NextOpensAt);
