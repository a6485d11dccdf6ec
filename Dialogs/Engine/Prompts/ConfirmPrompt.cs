using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Answers;
using CaseBot.Dialogs.Engine.Recognition;

namespace CaseBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a yes/no question, shown as two choices (1. Yes  2. No). Accepts yes/no in the words people use
/// (<see cref="AnswerWords.Yes"/>, <see cref="AnswerWords.No"/>: "yep", "definitely", "not really", "afraid not"), inside a longer
/// answer ("no, it's progressing fine"), the numbers 1 and 2, and card data "yes"/"no"/"true"/"false". An answer that says both, or
/// hedges ("not sure", "maybe", "it depends"), is not read as either: the question's help is given and it is asked again.
/// Result: a bool.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    private const string YesValue = "yes";
    private const string NoValue = "no";

    private static readonly Choice[] YesNo =
    [
        new(YesValue, EngineText.ConfirmYes, AnswerWords.Yes),
        new(NoValue, EngineText.ConfirmNo, AnswerWords.No),
    ];

    private static readonly ChoiceVocabulary YesNoWords = new(YesNo);

    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
    }

    protected override PromptKind Kind => PromptKind.Confirm;

    protected override string DefaultRetryText => EngineText.RetryConfirm;

    protected override IReadOnlyList<Choice> GetChoices(PromptOptions options) => YesNo;

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var submitted = input.GetString(InputIdOf(options));
        if (submitted is not null)
        {
            var clicked = ChoiceMatcher.MatchExact(TextNormalizer.Normalize(submitted), YesNo);
            return Task.FromResult(clicked is null ? new PromptRecognizerResult<bool>(false) : new(true, clicked.Value == YesValue));
        }

        // A hedged yes is not a yes: "maybe", "yes and no", "I'm not sure it is".
        if (AnswerPhrases.Unsure.Mentions(input.Text))
        {
            return Task.FromResult(new PromptRecognizerResult<bool>(false, Error: EngineText.NotSure(options.Help)));
        }

        var found = ChoiceMatcher.MatchOne(input.Text, YesNoWords);
        return Task.FromResult(found.Value is { } answer
            ? new PromptRecognizerResult<bool>(true, answer.Value == YesValue)
            : new PromptRecognizerResult<bool>(false, Error: found.Error is null ? null : EngineText.RetryConfirm));
    }
}
