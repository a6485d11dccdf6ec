using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Casework.Lookups;
using CaseBot.Casework.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;
using static CaseBot.Dialogs.Root.Answer;

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
    private readonly CaseLookups _lookups;
    private readonly IMeetingCalendar _calendar;
    private readonly IPeopleDirectory _directory;
    private readonly MeetingBookings _bookings;
    private readonly WorkingHours _hours;
    private readonly TimeProvider _time;
    private readonly MeetingTimeSteps _times;

    public PlanningDialog(
        CaseLookups lookups, IMeetingCalendar calendar, IPeopleDirectory directory, MeetingBookings bookings, WorkingHours hours, TimeProvider time, PlainAnswers answers)
        : base(nameof(PlanningDialog), answers)
    {
        _lookups = lookups;
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
        AddDialog(new PersonPrompt(AttendeeDialog.PromptId, LooksLikeAddress, InvitableAddressAsync));
        AddDialog(new PersonPrompt(OrganiserId, LooksLikeAddress, InvitableAddressAsync));
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
        var led = await _lookups.FindLedAsync(step.Context.Activity.Caller(), options.Reference, ct);
        var found = led.Case;
        var problem = !led.Found ? CaseText.NoCaseFound
            : !led.IsLead ? PlanningText.OnlyLead
            : found!.Stage == CaseStage.Closed ? PlanningText.Closed
            : found.BookedMeeting is not null ? PlanningText.AlreadyBooked(found.Reference.Value)
            : null;
        if (problem is not null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(problem), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var criticalCase = found!;
        var self = await FindSelfAsync(caller, ct);
        step.UpdateState<PlanningAnswers>(a => a with
        {
            CaseId = criticalCase.Id,
            Type = criticalCase.NextMeetingType,
            Organiser = self is null ? a.Organiser : self.As(Role.ReferringManager) with { AadObjectId = caller },
        });

        return options.FromTriage
            ? await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = PlanningText.AskPlanNow(criticalCase.NextMeetingType) }, ct)
            : await step.NextAsync(BotJson.ToElement(true), ct);
    }

    private static async Task<DialogTurnResult> OrganiserStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(PlanningText.Later), ct);
            return await step.EndDialogAsync(null, ct);
        }

        return step.State<PlanningAnswers>().Organiser is not null
            ? await step.NextAsync(null, ct)
            : await step.PromptAsync(OrganiserId, new PromptOptions { Prompt = PlanningText.AskOrganiserEmail, Help = PlanningText.OrganiserHelp }, ct);
    }

    private async Task<DialogTurnResult> ClinicianStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.ResultAs<PersonAnswer>() is { Email: { } email })
        {
            var person = await _directory.FindByEmailAsync(email, ct) ?? new Person(email, email, null);
            var organiser = person.As(Role.ReferringManager) with { AadObjectId = step.Context.Activity.Caller().AadObjectId };
            step.UpdateState<PlanningAnswers>(a => a with { Organiser = organiser });
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
        var answers = Add(step, step.ResultAs<Attendee>());
        return answers.MayAttend(Role.Individual) ? AskAttendeeAsync(step, Role.Individual, optional: true, ct) : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> RepresentativeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var individual = step.ResultAs<Attendee>();
        var answers = Add(step, individual);

        // Where they may attend (a conference), the individual and/or their representative do: without the individual, the representative is needed.
        return answers.MayAttend(Role.Representative) ? AskAttendeeAsync(step, Role.Representative, optional: individual is not null, ct) : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> OthersStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answers = Add(step, step.ResultAs<Attendee>());
        var state = new OthersState(Given(answers.Type), answers.Taken(), []);
        return step.BeginDialogAsync(nameof(OthersDialog), BotJson.ToElement(state), ct);
    }

    private static Task<DialogTurnResult> PurposeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var others = step.ResultAs<List<Attendee>>() ?? [];
        step.UpdateState<PlanningAnswers>(a => others.Aggregate(a, (answers, other) => answers.Adding(other)));

        return step.PromptAsync(PurposeId, new PromptOptions { Prompt = PlanningText.AskPurpose, Help = PlanningText.PurposeHelp, RetryPrompt = BookingText.PurposeRequired }, ct);
    }

    private static Task<DialogTurnResult> DurationStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<PlanningAnswers>(a => a with { Purpose = step.ResultAs<string>() });
        return step.PromptAsync(DurationId, new PromptOptions { Prompt = PlanningText.AskDuration, Help = PlanningText.DurationHelp, Choices = PlanningChoices.Durations }, ct);
    }

    private static Task<DialogTurnResult> VenueStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answers = step.UpdateState<PlanningAnswers>(a => a with { Duration = step.ResultAs<TimeSpan>() });
        return step.PromptAsync(VenueId, new PromptOptions { Prompt = PlanningText.AskVenue, Help = PlanningText.VenueHelp, Choices = PlanningChoices.Venues(Given(answers.Type)) }, ct);
    }

    private static async Task<DialogTurnResult> VenueDetailStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var venue = Enum.Parse<Venue>(step.ResultAs<FoundChoice>()!.Value);
        step.UpdateState<PlanningAnswers>(a => a with { Venue = venue });
        if (VenueCatalogue.CostNote(venue) is { } note)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(note), ct);
        }

        return venue == Venue.OnlineOnly
            ? await step.NextAsync(null, ct)
            : await step.PromptAsync(DetailId, new PromptOptions { Prompt = PlanningText.AskVenueDetail, RetryPrompt = BookingText.VenueDetailTooLong }, ct);
    }

    /// <summary>Invites <paramref name="attendee"/> (when given and not invited already) and returns the answers.</summary>
    private static PlanningAnswers Add(WaterfallStepContext step, Attendee? attendee) => step.UpdateState<PlanningAnswers>(a => a.Adding(attendee));
}
