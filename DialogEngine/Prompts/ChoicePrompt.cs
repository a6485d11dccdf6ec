using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>. Accepts the value, title or a synonym, the number of a shown
/// choice ("2"), an ordinal ("second"), the option's words in the user's own phrasing ("it was occupational health that flagged
/// it", typos and word endings allowed), or card data (<see cref="PromptSubmit"/>). Two options named at once, or none for sure,
/// are asked about ("did you mean ...?"); "don't know" gets the question's help. A typed answer is said back ("Noted: HR (EPS).").
/// Result: a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly PlainAnswers _answers;

    public ChoicePrompt(string id, PlainAnswers answers, PromptValidator<FoundChoice>? validator = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
        _answers = answers ?? throw new ArgumentNullException(nameof(answers));
    }

    protected override PromptKind Kind => PromptKind.Choice;

    protected override string DefaultRetryText => EngineText.RetryChoice;

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var choices = GetChoices(options);
        var submitted = input.GetString(InputIdOf(options));
        if (submitted is not null)
        {
            var clicked = ChoiceMatcher.MatchExact(TextNormalizer.Normalize(submitted), choices);
            return Task.FromResult(new PromptRecognizerResult<FoundChoice>(clicked is not null, clicked));
        }

        var found = ChoiceMatcher.MatchOne(input.Text, ChoiceVocabularies.For(turnContext, choices));
        if (!found.Succeeded && found.Error is null && _answers.Unsure.Mentions(input.Text))
        {
            found = new(false, Error: EngineText.NotSure(options.Help));
        }

        return Task.FromResult(found.Value is { } typed ? found with { Noted = [choices[typed.Index].NotedTitle] } : found);
    }
}
