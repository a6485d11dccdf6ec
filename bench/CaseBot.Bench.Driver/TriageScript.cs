namespace CaseBot.Bench.Driver;

/// <summary>
/// The triage every bot walks, typed as a manager would (CaseBot accepts typed answers at every card prompt): the individual asked
/// for the meeting, the case is exceptional and stuck, no joined-up risk, trigger 6 (process stuck); that is a Case Conference,
/// which the manager accepts, so the case is saved and meeting planning asks whether to plan now. Eight turns; each typed choice
/// is said back ("Noted: ...") before the next question, one reply more.
/// </summary>
internal static class TriageScript
{
    public const int RecommendationTurn = 6;

    public static IReadOnlyList<ScriptTurn> For(string reference) =>
    [
        new("new case", 2, "What is your own reference"),
        new(reference, 1, "Who identified the need"),
        new("individual", 2, "exceptional"),
        new("yes", 1, "extra support"),
        new("yes", 1, "joined-up working"),
        new("no", 1, "Which of these circumstances"),
        new("6", 3, "Do you accept this recommendation"),
        new("accept", 3, reference + " saved"),
    ];

    /// <summary>The same messages for a bot that answers each with one reply and no particular words (the floor).</summary>
    public static IReadOnlyList<ScriptTurn> Unchecked(string reference) => [.. For(reference).Select(t => new ScriptTurn(t.Text, 1, null))];

    public static ScriptTurn Status(string reference) => new($"status {reference}", 1, reference);

    public static string Reference(long n) => $"BENCH-{n:D7}";
}
