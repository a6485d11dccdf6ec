using CaseBot.BotFramework.Builder;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>Asks for free text (typed, or an Input.Text on a card); optionally limited in length. Result: the trimmed string.</summary>
public sealed class TextPrompt : Prompt<string>
{
    private readonly int? _maxLength;

    public TextPrompt(string id, PromptValidator<string>? validator = null, int? maxLength = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
        if (maxLength is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The length limit must be positive.");
        }

        _maxLength = maxLength;
    }

    protected override PromptKind Kind => PromptKind.Text;

    protected override string DefaultRetryText => EngineText.RetryText;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = (input.GetString(InputIdOf(options)) ?? input.Text)?.Trim();
        PromptRecognizerResult<string> result = string.IsNullOrEmpty(text)
            ? new(false)
            : text.Length > _maxLength ? new(false, null, EngineText.TextTooLong(_maxLength.Value)) : new(true, text);
        return Task.FromResult(result);
    }
}
