using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Asks a yes/no question, shown as two choices (1. Yes  2. No). Accepts yes/no in the words people use
/// (<see cref="PlainAnswerWords.Yes"/>, <see cref="PlainAnswerWords.No"/>: "yep", "definitely", "not really", "afraid not"), inside a longer
/// answer ("no, it's progressing fine"), the numbers 1 and 2, and card data "yes"/"no"/"true"/"false". An answer that says both, or
/// hedges ("not sure", "maybe", "it depends"), is not read as either: the question's help is given and it is asked again.
/// Result: a bool.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    private readonly PlainAnswers _answers;

    public ConfirmPrompt(string id, PlainAnswers answers, PromptValidator<bool>? validator = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
        _answers = answers ?? throw new ArgumentNullException(nameof(answers));
    }

    protected override PromptKind Kind => PromptKind.Confirm;

    protected override string DefaultRetryText => EngineText.RetryConfirm;

    protected override IReadOnlyList<Choice> GetChoices(PromptOptions options) => _answers.YesNo;

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var submitted = input.GetString(InputIdOf(options));
        if (submitted is not null)
        {
            var clicked = ChoiceMatcher.MatchExact(TextNormalizer.Normalize(submitted), _answers.YesNo);
            return Task.FromResult(clicked is null ? new PromptRecognizerResult<bool>(false) : new(true, clicked.Value == PlainAnswers.YesValue));
        }

        // A hedged yes is not a yes: "maybe", "yes and no", "I'm not sure it is".
        if (_answers.Unsure.Mentions(input.Text))
        {
            return Task.FromResult(new PromptRecognizerResult<bool>(false, Error: EngineText.NotSure(options.Help)));
        }

        var found = ChoiceMatcher.MatchOne(input.Text, _answers.YesNoWords);
        return Task.FromResult(found.Value is { } answer
            ? new PromptRecognizerResult<bool>(true, answer.Value == PlainAnswers.YesValue)
            : new PromptRecognizerResult<bool>(false, Error: found.Error is null ? null : EngineText.RetryConfirm));
    }
}
