using System.Globalization;
using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Asks for a date and/or time. Typed text is read by Microsoft.Recognizers.Text.DateTime in British English by default ("3/12" is
/// 3 December; "half two", "1430", "Wednesday week", "the 15th" too), relative to now from the injected <see cref="TimeProvider"/>
/// in the prompt's time zone (Europe/London by default), an open hour read inside the <see cref="PreferredHours"/>;
/// card input is an Input.Date "&lt;inputId&gt;" (yyyy-MM-dd) with an optional Input.Time "&lt;inputId&gt;.time" (HH:mm).
/// A typed answer is said back ("Noted: Tue 8 Dec 14:30."). Result: the resolved <see cref="DateTimeResolution"/> list, with
/// offsets in that time zone.
/// </summary>
public sealed class DateTimePrompt : Prompt<IReadOnlyList<DateTimeResolution>>
{
    public const string DefaultCulture = "en-GB";
    public const string DefaultTimeZoneId = "Europe/London";

    private readonly DateTimeResolver _resolver;

    public DateTimePrompt(
        string id,
        TimeProvider timeProvider,
        TimeZoneInfo? timeZone = null,
        string culture = DefaultCulture,
        PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null,
        IPromptRenderer? renderer = null,
        PreferredHours? hours = null)
        : base(id, validator, renderer)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _resolver = new DateTimeResolver(timeProvider, timeZone ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId), culture, hours);
    }

    protected override PromptKind Kind => PromptKind.DateTime;

    protected override string DefaultRetryText => EngineText.RetryDateTime;

    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var inputId = InputIdOf(options);
        var submitted = input.GetString(inputId);
        string? problem = null;
        var card = submitted is null ? null : FromCard(submitted, input.GetString(inputId + PromptSubmit.TimeSuffix));
        IReadOnlyList<DateTimeResolution> found = card is not null ? [card] : _resolver.Resolve(submitted ?? input.Text ?? string.Empty, out problem);
        var withTime = found.Count > 0 && found[0].Kind is not (DateTimeResolution.Date or DateTimeResolution.DateRange);
        return Task.FromResult(new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>(found.Count > 0, found, problem)
        {
            Noted = card is null && found.Count > 0 ? [EngineText.NotedTime(found[0].Start, withTime)] : null,
        });
    }

    private DateTimeResolution? FromCard(string date, string? time)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        if (time is not null && TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return new DateTimeResolution(DateTimeResolution.DateTime, string.Empty, _resolver.ToZoned(day.ToDateTime(clock)), null);
        }

        return new DateTimeResolution(DateTimeResolution.Date, string.Empty, _resolver.ToZoned(day.ToDateTime(TimeOnly.MinValue)), null);
    }
}
