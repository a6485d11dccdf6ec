using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards;
using CaseBot.Cards.Records;
using CaseBot.Cases.Booking;
using CaseBot.Casework.Lookups;
using CaseBot.Casework.Meetings;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Planning;

/// <summary>"plan REF", "reschedule REF", "cancel meeting REF" and "record REF": the lead's commands for a case's meeting.</summary>
public sealed class MeetingCommands(CaseLookups lookups, MeetingBookings bookings, WorkingHours hours, TimeProvider time)
{
    public const string CancelComment = "This case meeting has been cancelled. The organiser will be in touch about what happens next.";

    public Task PlanAsync(DialogContext dialogs, string reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return string.IsNullOrWhiteSpace(reference)
            ? dialogs.Context.SendActivityAsync(MessageFactory.Markdown(PlanningCommandText.NeedsReference("plan")), ct)
            : dialogs.BeginDialogAsync(nameof(PlanningDialog), BotJson.ToElement(new PlanningOptions(reference, FromTriage: false)), ct);
    }

    public Task RescheduleAsync(DialogContext dialogs, string reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return string.IsNullOrWhiteSpace(reference)
            ? dialogs.Context.SendActivityAsync(MessageFactory.Markdown(PlanningCommandText.NeedsReference("reschedule")), ct)
            : dialogs.BeginDialogAsync(nameof(RescheduleDialog), BotJson.ToElement(reference), ct);
    }

    /// <summary>The lead gets the form to record the booked meeting's decisions and actions.</summary>
    public async Task RecordAsync(ITurnContext context, string reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (criticalCase, problem) = await MeetingChange.FindAsync(lookups, context, reference, ct);
        if (criticalCase is null)
        {
            await context.SendActivityAsync(MessageFactory.Markdown(problem!), ct);
            return;
        }

        var form = MeetingRecordFormCard.Build(criticalCase, criticalCase.BookedMeeting!, hours.LocalDate(time.GetUtcNow()));
        await context.SendActivityAsync(CardAttachment.Message(form), ct);
    }

    /// <summary>Cancels at once: the button is on the organiser's own booked card, and the calendar tells every attendee.</summary>
    public async Task CancelAsync(ITurnContext context, string reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (criticalCase, problem) = await MeetingChange.FindAsync(lookups, context, reference, ct);
        var outcome = criticalCase is null ? BookingOutcome.Failed(problem!) : await bookings.CancelAsync(context.Activity.Caller(), criticalCase, CancelComment, ct);
        if (!outcome.Succeeded)
        {
            await context.SendActivityAsync(MessageFactory.Markdown(PlanningText.Why(outcome)), ct);
            return;
        }

        var reply = MessageFactory.Markdown(PlanningCommandText.Cancelled(outcome.Meeting!, hours.Zone));
        if (outcome.IcsFile is { } ics)
        {
            reply.Attachments = [IcsAttachment.For(outcome.Meeting!, ics)];
        }

        await context.SendActivityAsync(reply, ct);
    }
}
