using CaseBot.Cases.Answers;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Root;

/// <summary>The domain's plain-answer words (<see cref="AnswerWords"/>), handed to the dialog engine, which has none of its own.</summary>
public static class CaseAnswers
{
    public static PlainAnswers Create() => new(new PlainAnswerWords(AnswerWords.Yes, AnswerWords.No, AnswerWords.None, AnswerWords.Unsure, AnswerWords.All) { Filler = AnswerWords.Filler });
}
