using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CaseFiles;
using CaseBot.Dialogs.Engine;
using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// "reschedule REF": the lead moves the booked meeting to a time free for everyone (or a typed one), keeping its length; the
/// calendar tells the attendees (offline: a new .ics).
/// </summary>
public sealed class RescheduleDialog : GuidedDialog
{
    private const string SlotId = "reschedule.slot";
    private const string TimeId = "reschedule.time";
    private const string AnotherTime = SlotChoices.AnotherTime;
    private readonly ICaseRepository _cases;
    private readonly IMeetingCalendar _calendar;
    private readonly MeetingBooker _booker;
    private readonly WorkingHours _hours;
    private readonly TimeProvider _time;

    public RescheduleDialog(ICaseRepository cases, IMeetingCalendar calendar, MeetingBooker booker, WorkingHours hours, TimeProvider time)
        : base(nameof(RescheduleDialog))
    {
        _cases = cases;
        _calendar = calendar;
        _booker = booker;
        _hours = hours;
        _time = time;
        AddDialog(new WaterfallDialog("reschedule.steps", [SlotStepAsync, TimeStepAsync, MoveStepAsync]));
        AddDialog(new ChoicePrompt(SlotId));
        AddDialog(new DateTimePrompt(TimeId, time, hours.Zone, validator: FutureStartAsync));
    }

    private async Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var (criticalCase, problem) = await MeetingChange.FindAsync(_cases, step.Context, step.GetOptions<string>() ?? string.Empty, ct);
        if (criticalCase is null)
        {
            await step.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = problem, TextFormat = "markdown" }, ct);
            return await step.EndDialogAsync(null, ct);
        }

        var plan = criticalCase.BookedMeeting!.Plan;
        step.SetValue("caseId", criticalCase.Id);
        IReadOnlyList<TimeSlot> slots = [];
        try
        {
            var query = SlotChoices.Query(plan.OrganiserAadObjectId, plan.OrganiserEmail, plan.Invitees.Select(a => a.Email), plan.Duration, _time.GetUtcNow());
            slots = [.. (await _calendar.FindSlotsAsync(query, ct)).Where(s => s.Start != plan.Start)];
        }
        catch (MeetingCalendarException error)
        {
            await step.Context.SendActivityAsync(error.Message, ct);
        }

        if (slots.Count == 0)
        {
            return await step.NextAsync(BotJson.ToElement(new FoundChoice(AnotherTime, -1)), ct);
        }

        var choices = SlotChoices.For(slots, _hours);
        return await step.PromptAsync(SlotId, new PromptOptions { Prompt = PlanningText.AskSlot, Help = PlanningText.TimeHelp, Choices = choices }, ct);
    }

    private static Task<DialogTurnResult> TimeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var picked = step.ResultAs<FoundChoice>()!.Value;
        return picked == AnotherTime
            ? step.PromptAsync(TimeId, new PromptOptions { Prompt = PlanningText.AskTime, Help = PlanningText.TimeHelp }, ct)
            : step.NextAsync(BotJson.ToElement(new[] { new DateTimeResolution(DateTimeResolution.DateTime, string.Empty, DateTimeOffset.Parse(picked, System.Globalization.CultureInfo.InvariantCulture), null) }), ct);
    }

    private async Task<DialogTurnResult> MoveStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var start = step.ResultAs<List<DateTimeResolution>>()![0].Start;
        var criticalCase = await _cases.FindByIdAsync(step.GetValue<Guid>("caseId"), ct);
        var actor = step.Context.Activity.From?.AadObjectId ?? step.Context.Activity.From?.Id ?? string.Empty;
        var outcome = criticalCase?.BookedMeeting is { } meeting
            ? await _booker.RescheduleAsync(criticalCase, start, meeting.Plan.Duration, actor, ct)
            : BookingOutcome.Failed(CaseText.NoBookedMeeting);
        if (!outcome.Succeeded)
        {
            await step.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = outcome.Problem, TextFormat = "markdown" }, ct);
            return await step.EndDialogAsync(null, ct);
        }

        await PlanningDialog.SendBookedAsync(step.Context, outcome, _hours.Zone, ct);
        return await step.EndDialogAsync(null, ct);
    }

    private Task<bool> FutureStartAsync(PromptValidatorContext<IReadOnlyList<DateTimeResolution>> prompt, CancellationToken ct)
    {
        var first = prompt.Value[0];
        prompt.RetryText = first.Kind is not (DateTimeResolution.DateTime or DateTimeResolution.DateTimeRange) ? PlanningText.NeedsTime
            : first.Start <= _time.GetUtcNow() ? PlanningText.InThePast
            : null;
        return Task.FromResult(prompt.RetryText is null);
    }
}
