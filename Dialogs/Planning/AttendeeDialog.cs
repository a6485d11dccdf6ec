using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// Asks for one person in a role (people picker or email), finds them in the directory, and ends with the <see cref="Attendee"/>
/// (or null when skipped). Someone not found, or already invited, is asked for again with the reason.
/// </summary>
public sealed class AttendeeDialog : WaterfallDialog
{
    public const string PromptId = "planning.person";
    private readonly IPeopleDirectory _directory;

    public AttendeeDialog(IPeopleDirectory directory)
        : base(nameof(AttendeeDialog))
    {
        _directory = directory;
        AddStep(AskAsync);
        AddStep(ResolveAsync);
    }

    public static Choice[] SkipChoice { get; } = [new(PersonPrompt.SkipValue, PlanningText.Skip)];

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var request = step.GetOptions<AttendeeRequest>()!;
        var options = new PromptOptions
        {
            Prompt = request.Question ?? PlanningText.AskPerson(request.Role, request.Optional),
            Help = PlanningText.PersonHelp,
            Choices = request.Optional ? SkipChoice : null,
        };
        return step.PromptAsync(PromptId, options, ct);
    }

    private async Task<DialogTurnResult> ResolveAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var request = step.GetOptions<AttendeeRequest>()!;
        var answer = step.ResultAs<PersonAnswer>()!;
        if (answer.Skipped)
        {
            return await step.EndDialogAsync(null, ct);
        }

        Person? person;
        try
        {
            person = answer.AadObjectId is { } id ? await _directory.FindByIdAsync(id, ct) : await _directory.FindByEmailAsync(answer.Email!, ct);
        }
        catch (MeetingCalendarException error)
        {
            await step.Context.SendActivityAsync(error.Message, ct);
            return await step.ReplaceDialogAsync(Id, step.Options, ct);
        }

        var problem = person is null ? PlanningText.NotFound
            : request.Taken.Contains(person.Email, StringComparer.OrdinalIgnoreCase) ? PlanningText.AlreadyInvited
            : null;
        if (problem is not null)
        {
            await step.Context.SendActivityAsync(problem, ct);
            return await step.ReplaceDialogAsync(Id, step.Options, ct);
        }

        return await step.EndDialogAsync(BotJson.ToElement(person!.As(request.Role)), ct);
    }
}
