using System.Globalization;
using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Times offered as choices (each choice's value its start, ISO 8601), where a person may also just type the time they want ("tues
/// 2pm", "next Wednesday morning"): a typed time that is one of the offered ones picks it, any other is taken as the time (checked
/// by <paramref name="problem"/>), so nobody has to choose "another time" first. Other choices (such as "Another time") are picked
/// as in any choice prompt. A typed answer is said back ("Noted: Tue 8 Dec 14:30."). Result: a <see cref="FoundChoice"/>; a typed
/// time not offered has index -1.
/// </summary>
/// <param name="id">The prompt's id.</param>
/// <param name="time">The clock that "tomorrow" and "next week" count from.</param>
/// <param name="zone">The time zone typed times are in.</param>
/// <param name="hours">The hours a bare "at 2" is read within (2pm, not 2am).</param>
/// <param name="problem">Why a typed time cannot be taken (a weekend, the past), or null when it can.</param>
public sealed class TimeSlotPrompt(string id, TimeProvider time, TimeZoneInfo zone, PreferredHours hours, Func<DateTimeResolution, string?> problem)
    : Prompt<FoundChoice>(id, validator: null, renderer: null)
{
    private readonly DateTimeResolver _resolver = new(time, zone, DateTimePrompt.DefaultCulture, hours);

    protected override PromptKind Kind => PromptKind.Choice;

    protected override string DefaultRetryText => EngineText.RetryChoice;

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var choices = GetChoices(options);
        if (input.GetString(InputIdOf(options)) is { } submitted)
        {
            var clicked = ChoiceMatcher.MatchExact(TextNormalizer.Normalize(submitted), choices);
            return Task.FromResult(new PromptRecognizerResult<FoundChoice>(clicked is not null, clicked));
        }

        var chosen = ChoiceMatcher.MatchOne(input.Text, ChoiceVocabularies.For(turnContext, choices));
        if (chosen.Value is { } typedChoice)
        {
            return Task.FromResult(chosen with { Noted = [choices[typedChoice.Index].NotedTitle] });
        }

        var typed = _resolver.Resolve(input.Text ?? string.Empty, out var contradiction);
        if (contradiction is not null || typed.Count == 0)
        {
            return Task.FromResult(contradiction is null ? chosen : new PromptRecognizerResult<FoundChoice>(false, Error: contradiction));
        }

        if (problem(typed[0]) is { } why)
        {
            return Task.FromResult(new PromptRecognizerResult<FoundChoice>(false, Error: why));
        }

        var start = typed[0].Start;
        var index = choices.ToList().FindIndex(c => DateTimeOffset.TryParse(c.Value, CultureInfo.InvariantCulture, out var slot) && slot == start);
        var noted = index >= 0 ? choices[index].NotedTitle : EngineText.NotedTime(TimeZoneInfo.ConvertTime(start, zone), withTime: true);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(true, new FoundChoice(start.ToString("O", CultureInfo.InvariantCulture), index)) { Noted = [noted] });
    }
}
