namespace CaseBot.Cases.Triage;

/// <summary>Why the rules decided what they did: a stable code for records and tests, and plain text for people.</summary>
public sealed record Reason(string Code, string Text);
