using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Answers;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// "Anyone else?" until the organiser says no one: each extra person in a role the meeting allows. Asking for the individual or
/// their representative at a Case Management Meeting is refused with the policy's reason. Ends with the people added.
/// </summary>
public sealed class OthersDialog : WaterfallDialog
{
    public const string ChoiceId = "planning.others";
    internal const string None = "none";

    public OthersDialog()
        : base(nameof(OthersDialog))
    {
        AddStep(AskAsync);
        AddStep(PickedAsync);
        AddStep(AddedAsync);
    }

    internal static IReadOnlyList<Choice> Choices { get; } =
    [
        new(nameof(Role.SeniorManager), RoleCatalogue.Name(Role.SeniorManager), MeetingSynonyms.For(Role.SeniorManager)),
        new(nameof(Role.Other), "Another professional", MeetingSynonyms.For(Role.Other)),
        new(nameof(Role.Individual), "The individual", MeetingSynonyms.For(Role.Individual)),
        new(nameof(Role.Representative), "Their representative", MeetingSynonyms.For(Role.Representative)),
        new(None, PlanningText.NoOneElse, [.. AnswerWords.None, .. AnswerWords.No, "nobody", "no one", "no-one", "no one else", "nobody else", "done", "that's all", "that's everyone", "that is all", "finished", "all done", "that's it"]),
    ];

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
        => step.PromptAsync(ChoiceId, new PromptOptions { Prompt = PlanningText.AskOthers, Help = PlanningText.OthersHelp, Choices = Choices }, ct);

    private static async Task<DialogTurnResult> PickedAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var state = step.GetOptions<OthersState>()!;
        var picked = step.ResultAs<FoundChoice>()!.Value;
        if (picked == None)
        {
            return await step.EndDialogAsync(BotJson.ToElement(state.Added), ct);
        }

        var role = Enum.Parse<Role>(picked);
        if (!Attendance.Allows(state.Type, role))
        {
            await step.Context.SendActivityAsync(BookingText.NotInvited(state.Type, role), ct);
            return await step.ReplaceDialogAsync(nameof(OthersDialog), step.Options, ct);
        }

        return await step.BeginDialogAsync(nameof(AttendeeDialog), BotJson.ToElement(new AttendeeRequest(role, false, state.Taken)), ct);
    }

    private static Task<DialogTurnResult> AddedAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var state = step.GetOptions<OthersState>()!;
        var added = step.ResultAs<Attendee>();
        var next = added is null ? state : state with { Taken = [.. state.Taken, added.Email], Added = [.. state.Added, added] };
        return step.ReplaceDialogAsync(nameof(OthersDialog), BotJson.ToElement(next), ct);
    }
}
