using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Base of all prompts: asks the question (through an <see cref="IPromptRenderer"/>), recognises typed or card input, validates,
/// says what a typed answer was taken as (<see cref="PromptRecognizerResult{T}.Noted"/>), and ends with the value as JSON. A bad
/// answer gets a specific re-prompt, the second in a row with an example of each option (<see cref="Choice.Example"/>); after
/// <see cref="PromptOptions.MaxFailures"/> in a row the bot sends the help text and an offer to cancel instead of repeating itself.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    public const int DefaultMaxFailures = 3;
    private const string OptionsKey = "options";
    private const string FailuresKey = "failures";
    private const string TokenKey = "token";
    private readonly PromptValidator<T>? _validator;
    private readonly IPromptRenderer? _renderer;

    protected Prompt(string id, PromptValidator<T>? validator, IPromptRenderer? renderer)
        : base(id)
    {
        _validator = validator;
        _renderer = renderer;
    }

    protected abstract PromptKind Kind { get; }

    /// <summary>The re-prompt when neither the recogniser, the validator nor the options say anything more specific.</summary>
    protected abstract string DefaultRetryText { get; }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var element = options ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        var promptOptions = Read(element);
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = element;
        instance.SetValue(TokenKey, Guid.NewGuid().ToString("N"));
        await SendAsync(dc.Context, instance, promptOptions.Prompt, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var input = PromptInput.FromActivity(dc.Context.Activity);
        if (input is null)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = GetOptions(instance);
        if (IsFromAnotherPrompt(input, instance))
        {
            await dc.Context.SendActivityAsync(EngineText.StaleCard, cancellationToken);
            await SendAsync(dc.Context, instance, options.Prompt, isRetry: false, cancellationToken);
            return EndOfTurn;
        }

        var recognized = await OnRecognizeAsync(dc.Context, input, options, cancellationToken);
        var retryText = recognized.Error;
        if (recognized is { Succeeded: true, Value: { } value })
        {
            var validation = new PromptValidatorContext<T>(dc.Context, value, options, instance.GetValue<int>(FailuresKey));
            if (_validator is null || await _validator(validation, cancellationToken))
            {
                // Implicit confirmation: what a typed answer was taken as, before the next question, so a misreading shows at
                // once and 'back' or 'change' puts it right.
                if (recognized.Noted is { } noted)
                {
                    await dc.Context.SendActivityAsync(EngineText.Noted(noted), cancellationToken);
                }

                return await OnRecognizedAsync(dc, value, cancellationToken);
            }

            retryText = validation.RetryText;
        }

        await RetryAsync(dc.Context, instance, options, retryText, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>Something pushed on top of the prompt has ended: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
        => SendAsync(turnContext, instance, GetOptions(instance).Prompt, isRetry: false, cancellationToken);

    public override string? GetHelp(DialogInstance instance) => GetOptions(instance).Help;

    /// <summary>Makes a value of the input, or says why it cannot.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The choices shown (and numbered) for this prompt.</summary>
    protected virtual IReadOnlyList<Choice> GetChoices(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices ?? [];
    }

    /// <summary>Called with an accepted value; the default ends the prompt with the value as its JSON result.</summary>
    protected virtual Task<DialogTurnResult> OnRecognizedAsync(DialogContext dc, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(BotJson.ToElement(value), cancellationToken);
    }

    protected static string InputIdOf(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.InputId ?? PromptSubmit.ValueProperty;
    }

    private static PromptOptions Read(JsonElement element)
        => element.Deserialize<PromptOptions>(BotJson.Options) ?? throw new InvalidOperationException("Prompt options are null.");

    private static PromptOptions GetOptions(DialogInstance instance) => Read(instance.State[OptionsKey]);

    private async Task RetryAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, string? retryText, CancellationToken cancellationToken)
    {
        var failures = instance.GetValue<int>(FailuresKey) + 1;
        if (failures < (options.MaxFailures ?? DefaultMaxFailures))
        {
            instance.SetValue(FailuresKey, failures);

            // A second miss in a row: the titles alone have not helped, so show what each option covers in everyday words.
            var choices = GetChoices(options);
            if (failures == 2 && choices.Any(c => c.Example is not null))
            {
                await turnContext.SendActivityAsync(EngineText.Examples(choices), cancellationToken);
            }

            var text = retryText ?? options.RetryPrompt ?? DefaultRetryText;
            await SendAsync(turnContext, instance, text, isRetry: true, cancellationToken);
            return;
        }

        // Repeating the same re-prompt a fourth time helps nobody: explain the question and point at the way out.
        instance.SetValue(FailuresKey, 0);
        await turnContext.SendActivityAsync(options.Help ?? EngineText.GenericHelp, cancellationToken);
        var offer = GetChoices(options).Count > 0 ? EngineText.HelpOfferChoices : EngineText.HelpOfferFreeText;
        await SendAsync(turnContext, instance, offer, isRetry: true, cancellationToken);
    }

    /// <summary>A card answer for another prompt, or for an earlier asking of this one (a card left higher up in the chat).</summary>
    private bool IsFromAnotherPrompt(PromptInput input, DialogInstance instance)
        => (input.PromptId is { } promptId && !string.Equals(promptId, Id, StringComparison.Ordinal))
            || (input.GetString(PromptSubmit.TokenProperty) is { } token
                && !string.Equals(token, instance.GetValue<string>(TokenKey), StringComparison.Ordinal));

    private Task SendAsync(ITurnContext turnContext, DialogInstance instance, string text, bool isRetry, CancellationToken cancellationToken)
    {
        var options = GetOptions(instance);
        var renderer = _renderer ?? turnContext.TurnState.Get<IPromptRenderer>() ?? TextPromptRenderer.Instance;
        var request = new PromptRenderRequest(
            Id, Kind, text, GetChoices(options), Kind == PromptKind.MultiSelect, InputIdOf(options), isRetry)
        {
            AllowNone = options.AllowNone,
            Token = instance.GetValue<string>(TokenKey),
        };
        return turnContext.SendActivitiesAsync(renderer.Render(request), cancellationToken);
    }
}
