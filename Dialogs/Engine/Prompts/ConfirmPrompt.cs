using CaseBot.BotFramework.Builder;
using CaseBot.Dialogs.Engine.Recognition;

namespace CaseBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a yes/no question, shown as two choices (1. Yes  2. No). Accepts yes/no and their synonyms (<see cref="EngineText.YesWords"/>,
/// <see cref="EngineText.NoWords"/>), answers that start with one ("yes please"), the numbers 1 and 2, and card data
/// "yes"/"no"/"true"/"false". Result: a bool.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    private const string YesValue = "yes";
    private const string NoValue = "no";

    private static readonly Choice[] YesNo =
    [
        new(YesValue, EngineText.ConfirmYes, EngineText.YesWords),
        new(NoValue, EngineText.ConfirmNo, EngineText.NoWords),
    ];

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
        var submitted = input.GetString(InputIdOf(options));
        var found = submitted is not null
            ? ChoiceMatcher.MatchExact(TextNormalizer.Normalize(submitted), YesNo)
            : ChoiceMatcher.Match(input.Text, YesNo, allowPartial: false) ?? MatchFirstWord(input.Text);
        return Task.FromResult(found is null
            ? new PromptRecognizerResult<bool>(false)
            : new PromptRecognizerResult<bool>(true, found.Value == YesValue));
    }

    /// <summary>
    /// "yes, go ahead", "no thanks, not today": the answer is in the first words, unless the rest says the opposite ("sure, no").
    /// Anything else ("not sure", "maybe yes") is not an answer: reading a yes into it would be worse than asking again.
    /// </summary>
    private static FoundChoice? MatchFirstWord(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        for (var i = 0; i < YesNo.Length; i++)
        {
            var leading = ChoiceMatcher.Phrases(YesNo[i])
                .FirstOrDefault(p => normalized.StartsWith(p, StringComparison.Ordinal) && TextNormalizer.FindPhrase(normalized, p).Index == 0);
            if (leading is null)
            {
                continue;
            }

            var rest = normalized[leading.Length..];
            var contradicted = ChoiceMatcher.Phrases(YesNo[1 - i]).Any(p => TextNormalizer.ContainsPhrase(rest, p));
            return contradicted ? null : new FoundChoice(YesNo[i].Value, i);
        }

        return null;
    }
}
