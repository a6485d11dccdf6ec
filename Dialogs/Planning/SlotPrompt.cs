using System.Globalization;
using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Booking;
using CaseBot.Dialogs.Engine;
using CaseBot.Dialogs.Engine.Prompts;
using CaseBot.Dialogs.Engine.Recognition;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// The free times offered as buttons, where a manager may also just type the time they want ("tues 2pm", "next Wednesday
/// morning"): a typed time that is one of the offered slots picks it, any other is taken as the time (checked by
/// <paramref name="problem"/>, the same rule as the typed-time question), so nobody has to choose "Another time" first.
/// Result: a <see cref="FoundChoice"/> whose value is the start (ISO 8601) or <see cref="SlotChoices.AnotherTime"/>.
/// </summary>
internal sealed class SlotPrompt(string id, TimeProvider time, WorkingHours hours, Func<DateTimeResolution, string?> problem)
    : Prompt<FoundChoice>(id, validator: null, renderer: null)
{
    private readonly DateTimeResolver _resolver = new(time, hours.Zone, DateTimePrompt.DefaultCulture, new PreferredHours(hours.Start, hours.End));

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
        if (chosen.Succeeded)
        {
            return Task.FromResult(chosen);
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
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(true, new FoundChoice(start.ToString("O", CultureInfo.InvariantCulture), index)));
    }
}
