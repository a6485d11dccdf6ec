using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards;
using CaseBot.Cards.Booking;
using CaseBot.Cases;
using CaseBot.Cases.Booking;
using CaseBot.Casework.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Planning;

/// <summary>Choosing the time, checking the plan, and booking it.</summary>
public sealed partial class PlanningDialog
{
    private async Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var detail = step.ResultAs<string>();
        var answers = step.UpdateState<PlanningAnswers>(a => a with { VenueDetail = string.Equals(detail, "skip", StringComparison.OrdinalIgnoreCase) ? null : detail });
        IReadOnlyList<TimeSlot> slots;
        try
        {
            var query = SlotChoices.Query(
                step.Context.Activity.Caller().AadObjectId, Given(answers.Organiser).Email, answers.Attendees.Select(a => a.Email), Given(answers.Duration), _time.GetUtcNow());
            slots = await _calendar.FindSlotsAsync(query, ct);
        }
        catch (MeetingCalendarException error)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(error.Message), ct);
            slots = [];
        }

        if (slots.Count == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(PlanningText.NoSlots), ct);
        }

        return await _times.OfferAsync(step, slots, ct);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<PlanningAnswers>(a => a with { Start = step.ResultAs<List<DateTimeResolution>>()![0].Start });
        MeetingPlan plan;
        try
        {
            plan = await PlanAsync(step, ct);
        }
        catch (CaseRuleException error)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(error.Message + " " + PlanningText.NotBooked), ct);
            return await step.EndDialogAsync(null, ct);
        }

        await step.Context.SendActivityAsync(CardAttachment.Message(MeetingPlanCard.Build(plan, _hours.Zone)), ct);
        return await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = PlanningText.AskBook }, ct);
    }

    private async Task<DialogTurnResult> BookStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(PlanningText.NotBooked), ct);
            return await step.EndDialogAsync(null, ct);
        }

        await step.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
        var criticalCase = await _lookups.FindForAsync(step.Context.Activity.Caller(), Given(step.State<PlanningAnswers>().CaseId), ct);
        var outcome = criticalCase is null
            ? BookingOutcome.Failed(PlanningText.ChangedMeanwhile)
            : await _bookings.BookAsync(step.Context.Activity.Caller(), criticalCase, await PlanAsync(step, ct), ct);
        if (!outcome.Succeeded)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(PlanningText.Why(outcome)), ct);
            return await step.EndDialogAsync(null, ct);
        }

        await SendBookedAsync(step.Context, outcome, _hours.Zone, ct);
        return await step.EndDialogAsync(BotJson.ToElement(outcome.Meeting!.EventId), ct);
    }

    /// <summary>The booked card, and the .ics invite when the calendar did not send invitations itself.</summary>
    internal static async Task SendBookedAsync(ITurnContext context, BookingOutcome outcome, TimeZoneInfo zone, CancellationToken ct)
    {
        await context.SendActivityAsync(CardAttachment.Message(MeetingBookedCard.Build(outcome.Meeting!, zone, invitesSent: outcome.IcsFile is null)), ct);
        if (outcome.IcsFile is { } ics)
        {
            var reply = MessageFactory.Markdown(PlanningText.IcsAttached);
            reply.Attachments = [IcsAttachment.For(outcome.Meeting!, ics)];
            await context.SendActivityAsync(reply, ct);
        }
    }

    private async Task<MeetingPlan> PlanAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answers = step.State<PlanningAnswers>();
        var criticalCase = await _lookups.FindForAsync(step.Context.Activity.Caller(), Given(answers.CaseId), ct)
            ?? throw new CaseRuleException(PlanningText.ChangedMeanwhile);
        return answers.Plan(criticalCase.Reference, step.Context.Activity.Caller().AadObjectId);
    }

    private static Task<bool> DurationInRangeAsync(PromptValidatorContext<TimeSpan> prompt, CancellationToken ct)
    {
        var ok = prompt.Value >= MeetingPlan.MinDuration && prompt.Value <= MeetingPlan.MaxDuration;
        prompt.RetryText = ok ? null : BookingText.DurationRange;
        return Task.FromResult(ok);
    }
}
