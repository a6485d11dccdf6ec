using CaseBot.Cases.Answers;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Tests;

/// <summary>The plain answers the engine is tested with: the domain's words, handed in as the bot hands them in.</summary>
internal static class TestAnswers
{
    public static PlainAnswers Plain { get; } = new(new PlainAnswerWords(AnswerWords.Yes, AnswerWords.No, AnswerWords.None, AnswerWords.Unsure, AnswerWords.All) { Filler = AnswerWords.Filler });
}
