using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Casework.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// The manager plans and books the case's meeting: attendees by role (people picker or email; the individual and representative
/// only where <see cref="Attendance"/> allows them: a Case Conference), purpose, duration, venue, a time free for everyone (or a
/// typed one), a card to check, then the booking and, offline, the .ics invite. Every answer is kept in the dialog state, so a
/// restart resumes at the same question.
/// </summary>
public sealed partial class PlanningDialog : GuidedDialog
{
    private const string ConfirmId = "planning.confirm";
    private const string PurposeId = "planning.purpose";
    private const string DurationId = "planning.duration";
    private const string VenueId = "planning.venue";
    private const string DetailId = "planning.venueDetail";
    private const string OrganiserId = "planning.organiser";
    private readonly ICaseRepository _cases;
    private readonly IMeetingCalendar _calendar;
    private readonly IPeopleDirectory _directory;
    private readonly MeetingBookings _bookings;
    private readonly WorkingHours _hours;
    private readonly TimeProvider _time;
    private readonly MeetingTimeSteps _times;

    public PlanningDialog(
        ICaseRepository cases, IMeetingCalendar calendar, IPeopleDirectory directory, MeetingBookings bookings, WorkingHours hours, TimeProvider time, PlainAnswers answers)
        : base(nameof(PlanningDialog), answers)
    {
        _cases = cases;
        _calendar = calendar;
        _directory = directory;
        _bookings = bookings;
        _hours = hours;
        _time = time;
        _times = new MeetingTimeSteps("planning.slot", "planning.time", hours, time);
        AddDialog(new WaterfallDialog("planning.steps",
        [
            LoadStepAsync, OrganiserStepAsync, ClinicianStepAsync, CaseworkerStepAsync, IndividualStepAsync, RepresentativeStepAsync,
            OthersStepAsync, PurposeStepAsync, DurationStepAsync, VenueStepAsync, VenueDetailStepAsync, SlotStepAsync, _times.ChosenOrTypedAsync,
            ConfirmStepAsync, BookStepAsync,
        ]));
        AddDialog(new AttendeeDialog(directory));
        AddDialog(new OthersDialog());
        AddDialog(new ChoicePrompt(OthersDialog.ChoiceId, answers));
        AddDialog(new PersonPrompt(AttendeeDialog.PromptId, EmailAddresses.IsValid));
        AddDialog(new PersonPrompt(OrganiserId, EmailAddresses.IsValid));
        AddDialog(new ConfirmPrompt(ConfirmId, answers));
        AddDialog(new TextPrompt(PurposeId, maxLength: MeetingPlan.MaxPurposeLength));
        AddDialog(new DurationPrompt(DurationId, validator: DurationInRangeAsync));
        AddDialog(new ChoicePrompt(VenueId, answers));
        AddDialog(new TextPrompt(DetailId, maxLength: MeetingPlan.MaxVenueDetailLength));
        foreach (var prompt in _times.Prompts())
        {
            AddDialog(prompt);
        }
    }

    private async Task<DialogTurnResult> LoadStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetOptions<PlanningOptions>()!;
        var caller = step.Context.Activity.Caller().AadObjectId;
        var found = CaseReference.TryParse(options.Reference, out var reference)
            ? await _cases.FindAsync(step.Context.Activity.GetTenantId() ?? string.Empty, reference!, ct)
            : null;
        var problem = found is null ? CaseText.NoCaseFound
            : !found.IsLead(caller) ? PlanningText.OnlyLead
            : found.Stage == CaseStage.Closed ? PlanningText.Closed
            : found.BookedMeeting is not null ? PlanningText.AlreadyBooked(found.Reference.Value)
            : null;
        if (problem is not null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(problem), ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.SetValue(Keys.CaseId, found!.Id);
        step.SetValue(Keys.Type, found.NextMeetingType);
        if (await FindSelfAsync(caller, ct) is { } self)
        {
            step.SetValue(Keys.Organiser, self.As(Role.ReferringManager) with { AadObjectId = caller });
        }

        return options.FromTriage
            ? await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = PlanningText.AskPlanNow(found.NextMeetingType) }, ct)
            : await step.NextAsync(BotJson.ToElement(true), ct);
    }

    private static async Task<DialogTurnResult> OrganiserStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(PlanningText.Later), ct);
            return await step.EndDialogAsync(null, ct);
        }

        return step.GetValue<Attendee>(Keys.Organiser) is not null
            ? await step.NextAsync(null, ct)
            : await step.PromptAsync(OrganiserId, new PromptOptions { Prompt = PlanningText.AskOrganiserEmail, Help = PlanningText.OrganiserHelp }, ct);
    }

    private async Task<DialogTurnResult> ClinicianStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.ResultAs<PersonAnswer>() is { Email: { } email })
        {
            var person = await _directory.FindByEmailAsync(email, ct) ?? new Person(email, email, null);
            step.SetValue(Keys.Organiser, person.As(Role.ReferringManager) with { AadObjectId = step.Context.Activity.Caller().AadObjectId });
        }

        return await AskAttendeeAsync(step, Role.OhClinician, optional: false, ct);
    }

    private static Task<DialogTurnResult> CaseworkerStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        Add(step, step.ResultAs<Attendee>());
        return AskAttendeeAsync(step, Role.EpsCaseworker, optional: false, ct);
    }

    private static Task<DialogTurnResult> IndividualStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        Add(step, step.ResultAs<Attendee>());
        return MayAttend(step, Role.Individual) ? AskAttendeeAsync(step, Role.Individual, optional: true, ct) : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> RepresentativeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var individual = step.ResultAs<Attendee>();
        Add(step, individual);

        // Where they may attend (a conference), the individual and/or their representative do: without the individual, the representative is needed.
        return MayAttend(step, Role.Representative) ? AskAttendeeAsync(step, Role.Representative, optional: individual is not null, ct) : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> OthersStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        Add(step, step.ResultAs<Attendee>());
        var state = new OthersState(Type(step), Taken(step), []);
        return step.BeginDialogAsync(nameof(OthersDialog), BotJson.ToElement(state), ct);
    }

    private static Task<DialogTurnResult> PurposeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        foreach (var other in step.ResultAs<List<Attendee>>() ?? [])
        {
            Add(step, other);
        }

        return step.PromptAsync(PurposeId, new PromptOptions { Prompt = PlanningText.AskPurpose, Help = PlanningText.PurposeHelp, RetryPrompt = BookingText.PurposeRequired }, ct);
    }

    private static Task<DialogTurnResult> DurationStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.SetValue(Keys.Purpose, step.ResultAs<string>());
        return step.PromptAsync(DurationId, new PromptOptions { Prompt = PlanningText.AskDuration, Help = PlanningText.DurationHelp, Choices = PlanningChoices.Durations }, ct);
    }

    private static Task<DialogTurnResult> VenueStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.SetValue(Keys.Duration, step.ResultAs<TimeSpan>());
        return step.PromptAsync(VenueId, new PromptOptions { Prompt = PlanningText.AskVenue, Help = PlanningText.VenueHelp, Choices = PlanningChoices.Venues(Type(step)) }, ct);
    }

    private static async Task<DialogTurnResult> VenueDetailStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var venue = Enum.Parse<Venue>(step.ResultAs<FoundChoice>()!.Value);
        step.SetValue(Keys.Venue, venue);
        if (VenueCatalogue.CostNote(venue) is { } note)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(note), ct);
        }

        return venue == Venue.OnlineOnly
            ? await step.NextAsync(null, ct)
            : await step.PromptAsync(DetailId, new PromptOptions { Prompt = PlanningText.AskVenueDetail, RetryPrompt = BookingText.VenueDetailTooLong }, ct);
    }
}
