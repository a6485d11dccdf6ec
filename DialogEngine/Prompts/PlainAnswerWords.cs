namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// The words a bot's users type for the plain answers every question shares, handed to the engine by the bot (the engine has no
/// vocabulary of its own). A phrase counts when all its words are in the answer.
/// </summary>
/// <param name="Yes">Yes to a yes/no question ("yep", "definitely").</param>
/// <param name="No">No to a yes/no question ("nope", "not really").</param>
/// <param name="None">"None of them", to a list where none may apply.</param>
/// <param name="Unsure">"I don't know": explained rather than guessed at.</param>
/// <param name="All">Every option, on a list where several may be chosen.</param>
public sealed record PlainAnswerWords(
    IReadOnlyList<string> Yes, IReadOnlyList<string> No, IReadOnlyList<string> None, IReadOnlyList<string> Unsure, IReadOnlyList<string> All)
{
    /// <summary>
    /// Words that add nothing to "none" or "all" ("nothing on the list", "none in this case", "none so far"). The question's own
    /// words count as filler too ("none of these circumstances").
    /// </summary>
    public IReadOnlyList<string> Filler { get; init; } = [];
}
