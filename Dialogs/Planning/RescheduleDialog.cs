using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Lookups;
using CaseBot.Casework.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// "reschedule REF": the lead moves the booked meeting to a time free for everyone (or a typed one), keeping its length; the
/// calendar tells the attendees (offline: a new .ics).
/// </summary>
public sealed class RescheduleDialog : GuidedDialog
{
    private readonly CaseLookups _lookups;
    private readonly IMeetingCalendar _calendar;
    private readonly MeetingBookings _bookings;
    private readonly WorkingHours _hours;
    private readonly TimeProvider _time;
    private readonly MeetingTimeSteps _times;

    public RescheduleDialog(CaseLookups lookups, IMeetingCalendar calendar, MeetingBookings bookings, WorkingHours hours, TimeProvider time, PlainAnswers answers)
        : base(nameof(RescheduleDialog), answers)
    {
        _lookups = lookups;
        _calendar = calendar;
        _bookings = bookings;
        _hours = hours;
        _time = time;
        _times = new MeetingTimeSteps("reschedule.slot", "reschedule.time", hours, time);
        AddDialog(new WaterfallDialog("reschedule.steps", [SlotStepAsync, _times.ChosenOrTypedAsync, MoveStepAsync]));
        foreach (var prompt in _times.Prompts())
        {
            AddDialog(prompt);
        }
    }

    private async Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var (criticalCase, problem) = await MeetingChange.FindAsync(_lookups, step.Context, step.GetOptions<string>() ?? string.Empty, ct);
        if (criticalCase is null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(problem!), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var plan = criticalCase.BookedMeeting!.Plan;
        step.SetState(new RescheduleState { CaseId = criticalCase.Id });
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

        return await _times.OfferAsync(step, slots, ct);
    }

    private async Task<DialogTurnResult> MoveStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var start = step.ResultAs<List<DateTimeResolution>>()![0].Start;
        var criticalCase = await _lookups.FindForAsync(step.Context.Activity.Caller(), Given(step.State<RescheduleState>().CaseId), ct);
        var outcome = criticalCase?.BookedMeeting is { } meeting
            ? await _bookings.RescheduleAsync(step.Context.Activity.Caller(), criticalCase, start, meeting.Plan.Duration, ct)
            : BookingOutcome.Failed(CaseText.NoBookedMeeting);
        if (!outcome.Succeeded)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(PlanningText.Why(outcome)), ct);
            return await step.EndDialogAsync(null, ct);
        }

        await PlanningDialog.SendBookedAsync(step.Context, outcome, _hours.Zone, ct);
        return await step.EndDialogAsync(null, ct);
    }
}
