using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Asks for a length of time: "90 minutes", "1h30", "1.5 hours", "an hour and a half", "1:30", or ISO "PT90M" from a card.
/// A bare number is refused with a request for a unit; a typed length is said back ("Noted: 1 hour 30 minutes."). Result: a
/// positive <see cref="TimeSpan"/>.
/// </summary>
public sealed class DurationPrompt : Prompt<TimeSpan>
{
    private readonly string _culture;

    public DurationPrompt(
        string id, string culture = DateTimePrompt.DefaultCulture, PromptValidator<TimeSpan>? validator = null, IPromptRenderer? renderer = null)
        : base(id, validator, renderer)
    {
        _culture = culture;
    }

    protected override PromptKind Kind => PromptKind.Duration;

    protected override string DefaultRetryText => EngineText.RetryDuration;

    protected override Task<PromptRecognizerResult<TimeSpan>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submitted = input.GetString(InputIdOf(options));
        var text = submitted ?? input.Text;
        var result = DurationParser.Parse(text, _culture) switch
        {
            { } duration when duration > TimeSpan.Zero => new PromptRecognizerResult<TimeSpan>(true, duration)
            {
                Noted = submitted is null ? [EngineText.NotedDuration(duration)] : null,
            },
            _ when DurationParser.IsBareNumber(text) => new PromptRecognizerResult<TimeSpan>(false, default, EngineText.RetryDurationUnit),
            _ => new PromptRecognizerResult<TimeSpan>(false),
        };
        return Task.FromResult(result);
    }
}
