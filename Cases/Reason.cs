namespace CaseBot.Cases;

/// <summary>Why the rules decided what they did: a stable <paramref name="Code"/> for records, cards and tests, and plain <paramref name="Text"/> for people.</summary>
/// <param name="Code">Stable, never shown to users; see <c>TriageReasonCodes</c> and <c>MeetingReasonCodes</c>.</param>
/// <param name="Text">Plain English, safe to show.</param>
public sealed record Reason(string Code, string Text);
