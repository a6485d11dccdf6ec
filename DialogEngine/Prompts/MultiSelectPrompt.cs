using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Asks the user to pick any number of <see cref="PromptOptions.Choices"/>: typed ("1, 3 and 5", "second and fourth", the options'
/// words or synonyms in the user's own phrasing, several in one message, "all", and "none" when <see cref="PromptOptions.AllowNone"/>), or from a card (a multi-select Input.ChoiceSet posting
/// "a,b,c", or toggles "&lt;inputId&gt;.&lt;value&gt;" = "true"). A typed answer is said back in the options' short titles ("Noted:
/// 6. stuck or delayed, and 10. risk of litigation."). Result: the chosen values, distinct, in the order shown.
/// </summary>
public sealed class MultiSelectPrompt : Prompt<IReadOnlyList<string>>
{
    private const string ToggleOn = "true";
    private readonly PlainAnswers _answers;

    public MultiSelectPrompt(string id, PlainAnswers answers, PromptValidator<IReadOnlyList<string>>? validator = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
        _answers = answers ?? throw new ArgumentNullException(nameof(answers));
    }

    protected override PromptKind Kind => PromptKind.MultiSelect;

    protected override string DefaultRetryText => EngineText.RetryMultiSelect;

    protected override Task<PromptRecognizerResult<IReadOnlyList<string>>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var choices = GetChoices(options);
        var inputId = InputIdOf(options);
        var toggles = input.GetStringsWithPrefix(inputId + ".").ToList();
        PromptRecognizerResult<IReadOnlyList<string>> result;
        if (input.GetString(inputId) is { } submitted)
        {
            result = MultiChoiceMatcher.MatchValues(submitted.Split(','), choices, options.AllowNone);
        }
        else if (toggles.Count > 0)
        {
            var on = toggles
                .Where(t => string.Equals(t.Value, ToggleOn, StringComparison.OrdinalIgnoreCase))
                .Select(t => t.Name[(inputId.Length + 1)..]);
            result = MultiChoiceMatcher.MatchValues(on, choices, options.AllowNone);
        }
        else
        {
            result = MultiChoiceMatcher.Match(input.Text, ChoiceVocabularies.For(turnContext, choices), _answers, options.AllowNone, options.AllowAll, options.Prompt);
            if (!result.Succeeded && result.Error is null && _answers.Unsure.Mentions(input.Text))
            {
                result = new(false, Error: EngineText.NotSure(options.Help));
            }
            else if (!result.Succeeded && result.Error is null)
            {
                result = new(false, Error: NotRecognised(choices, options.AllowNone));
            }
            else if (result.Value is { } values)
            {
                result = result with { Noted = [.. choices.Where(c => values.Contains(c.Value)).Select(c => c.NotedTitle)] };
            }
        }

        return Task.FromResult(result);
    }

    /// <summary>Nothing recognised: the plain re-prompt, or one that names the ways out ("something else", "none") where there are some.</summary>
    private static string? NotRecognised(IReadOnlyList<Choice> choices, bool allowNone)
    {
        var somethingElse = choices.FirstOrDefault(c => c.IsSomethingElse)?.DisplayTitle;
        return somethingElse is null && !allowNone ? null : EngineText.NotRecognisedAny(somethingElse, allowNone);
    }
}
