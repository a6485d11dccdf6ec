using CaseBot.BotFramework.Builder;
using CaseBot.Dialogs.Engine.Recognition;

namespace CaseBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>. Accepts the value, title or a synonym (any case), the number of
/// a shown choice ("2"), an ordinal ("second"), a unique whole-word mention, or card data (<see cref="PromptSubmit"/>).
/// Result: a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
    }

    protected override PromptKind Kind => PromptKind.Choice;

    protected override string DefaultRetryText => EngineText.RetryChoice;

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var choices = GetChoices(options);
        var submitted = input.GetString(InputIdOf(options));
        var found = submitted is not null
            ? ChoiceMatcher.MatchExact(TextNormalizer.Normalize(submitted), choices)
            : ChoiceMatcher.Match(input.Text, choices);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
    }
}
