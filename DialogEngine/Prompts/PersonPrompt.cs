using CaseBot.BotFramework.Builder;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Asks who plays a part: the card offers the Teams people picker (input <see cref="PickerInputId"/>, posting the person's Entra
/// object id) and a box for a work email address (input <see cref="EmailInputId"/>); typing the address works too. When the options
/// carry choices (e.g. "Skip"), choosing one answers <see cref="PersonAnswer.Skip"/>. What a well-formed address is, is the bot's to
/// say (<paramref name="isAddress"/>); who the id or address belongs to is for the dialog's validator to resolve.
/// </summary>
public sealed class PersonPrompt(string id, Func<string, bool> isAddress, PromptValidator<PersonAnswer>? validator = null, IPromptRenderer? renderer = null)
    : Prompt<PersonAnswer>(id, validator, renderer)
{
    public const string PickerInputId = "person";
    public const string EmailInputId = "email";
    public const string SkipValue = "skip";

    private static readonly string[] SkipWords = ["skip", "none", "no one", "nobody", "no"];

    protected override PromptKind Kind => PromptKind.Person;

    protected override string DefaultRetryText => EngineText.RetryPerson;

    protected override Task<PromptRecognizerResult<PersonAnswer>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var canSkip = options.Choices is { Count: > 0 };
        var picked = FirstOf(input.GetString(PickerInputId));
        var typed = (input.GetString(EmailInputId) ?? input.GetString(PromptSubmit.ValueProperty) ?? input.Text)?.Trim();
        PromptRecognizerResult<PersonAnswer> result =
            picked is not null ? new(true, new PersonAnswer(picked, null, false))
            : string.IsNullOrEmpty(typed) ? new(false)
            : canSkip && SkipWords.Contains(typed, StringComparer.OrdinalIgnoreCase) ? new(true, PersonAnswer.Skip)
            : isAddress(typed) ? new(true, new PersonAnswer(null, typed, false))
            : new(false, null, EngineText.RetryPerson);
        return Task.FromResult(result);
    }

    // The picker posts one id (or several, comma-separated, if multi-select were ever turned on): the first counts.
    private static string? FirstOf(string? ids)
        => ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
