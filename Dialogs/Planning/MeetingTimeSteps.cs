using System.Globalization;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// Choosing a meeting's time, shared by planning and rescheduling: free times as buttons, which also take a typed time (or straight
/// to a typed time when there are none), then either the chosen time or a typed one: in the future, on a working day, in working
/// hours.
/// </summary>
internal sealed class MeetingTimeSteps(string slotPromptId, string timePromptId, WorkingHours hours, TimeProvider time)
{
    /// <summary>The two prompts these steps use, to add to the dialog.</summary>
    public IEnumerable<Dialog> Prompts()
    {
        yield return new TimeSlotPrompt(slotPromptId, time, hours.Zone, new PreferredHours(hours.Start, hours.End), Problem);
        yield return new DateTimePrompt(timePromptId, time, hours.Zone, validator: FutureStartAsync, hours: new PreferredHours(hours.Start, hours.End));
    }

    /// <summary>Offers <paramref name="slots"/>; with none, goes on as if "Another time" had been chosen.</summary>
    public Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, IReadOnlyList<TimeSlot> slots, CancellationToken ct)
        => slots.Count == 0
            ? step.NextAsync(BotJson.ToElement(new FoundChoice(SlotChoices.AnotherTime, -1)), ct)
            : step.PromptAsync(slotPromptId, new PromptOptions { Prompt = PlanningText.AskSlot, Help = PlanningText.TimeHelp, Choices = SlotChoices.For(slots, hours) }, ct);

    /// <summary>The step after <see cref="OfferAsync"/>: its result is the start, as the date-time prompt's resolutions.</summary>
    public Task<DialogTurnResult> ChosenOrTypedAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var picked = step.ResultAs<FoundChoice>()!.Value;
        return picked == SlotChoices.AnotherTime
            ? step.PromptAsync(timePromptId, new PromptOptions { Prompt = PlanningText.AskTime, Help = PlanningText.TimeHelp }, ct)
            : step.NextAsync(BotJson.ToElement(new[] { new DateTimeResolution(DateTimeResolution.DateTime, string.Empty, DateTimeOffset.Parse(picked, CultureInfo.InvariantCulture), null) }), ct);
    }

    private Task<bool> FutureStartAsync(PromptValidatorContext<IReadOnlyList<DateTimeResolution>> prompt, CancellationToken ct)
    {
        prompt.RetryText = Problem(prompt.Value[0]);
        return Task.FromResult(prompt.RetryText is null);
    }

    /// <summary>Why a typed start cannot be booked: no time of day, already past, not a working day, outside working hours.</summary>
    private string? Problem(DateTimeResolution start)
    {
        var local = TimeZoneInfo.ConvertTime(start.Start, hours.Zone).DateTime;
        var clock = TimeOnly.FromDateTime(local);
        return start.Kind is not (DateTimeResolution.DateTime or DateTimeResolution.DateTimeRange) ? PlanningText.NeedsTime
            : start.Start <= time.GetUtcNow() ? PlanningText.InThePast
            : !hours.IsWorkingDay(DateOnly.FromDateTime(local)) ? PlanningText.NotAWorkingDay(local)
            : clock < hours.Start || clock >= hours.End ? PlanningText.OutOfHours(hours.Start, hours.End)
            : null;
    }
}
