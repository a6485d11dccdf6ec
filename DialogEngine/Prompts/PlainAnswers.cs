using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// The plain answers of <see cref="PlainAnswerWords"/>, read once into the matchers the prompts use: yes/no for
/// <see cref="ConfirmPrompt"/>, "don't know" for every choice, "none" and "all" for <see cref="MultiSelectPrompt"/>. Immutable, so
/// one instance serves every conversation.
/// </summary>
public sealed class PlainAnswers
{
    internal const string YesValue = "yes";
    internal const string NoValue = "no";

    public PlainAnswers(PlainAnswerWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        YesNo = [new(YesValue, EngineText.ConfirmYes, words.Yes), new(NoValue, EngineText.ConfirmNo, words.No)];
        YesNoWords = new ChoiceVocabulary(YesNo);
        None = new AnswerPhrases(words.None);
        All = new AnswerPhrases(words.All);
        Unsure = new AnswerPhrases(words.Unsure);
        Filler = words.Filler.Count > 0 ? new AnswerPhrases(words.Filler) : null;
    }

    public PlainAnswerWords Words { get; }

    internal IReadOnlyList<Choice> YesNo { get; }

    internal ChoiceVocabulary YesNoWords { get; }

    internal AnswerPhrases None { get; }

    internal AnswerPhrases All { get; }

    internal AnswerPhrases Unsure { get; }

    internal AnswerPhrases? Filler { get; }
}
