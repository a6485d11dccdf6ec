using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Closings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Closing;

/// <summary>
/// "close REF" (typed, or the status card's button): the lead picks how the case ended (buttons, or typed words), says in a few words
/// for "other", and the case is closed through <see cref="CaseClosings"/>, which the board uses too. Anything in the way (not the lead,
/// a meeting booked, open actions) is said before the question, so nobody answers it for nothing.
/// </summary>
public sealed class CloseCaseDialog : GuidedDialog
{
    private const string OutcomePrompt = "close.outcome";
    private const string ReasonPrompt = "close.reason";
    private readonly CaseClosings _closings;

    public CloseCaseDialog(CaseClosings closings, PlainAnswers answers)
        : base(nameof(CloseCaseDialog), answers)
    {
        _closings = closings;
        AddDialog(new WaterfallDialog("close.steps", [CheckStepAsync, ReasonStepAsync, CloseStepAsync]));
        AddDialog(new ChoicePrompt(OutcomePrompt, answers));
        AddDialog(new TextPrompt(ReasonPrompt, maxLength: CaseClosure.MaxReasonLength));
    }

    private async Task<DialogTurnResult> CheckStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var check = await _closings.CheckCloseAsync(step.Context.Activity.Caller(), step.GetOptions<string>() ?? string.Empty, ct);
        if (!check.Allowed)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(check.WhyNot!), ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.SetState(new ClosingState { CaseId = check.Case!.Id });
        return await step.PromptAsync(OutcomePrompt, new PromptOptions { Prompt = ClosingDialogText.AskOutcome, Help = ClosingDialogText.OutcomeHelp, Choices = ClosingChoices.Outcomes }, ct);
    }

    private static Task<DialogTurnResult> ReasonStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var picked = step.ResultAs<FoundChoice>()!.Value;
        step.UpdateState<ClosingState>(s => s with { Outcome = picked });
        return picked == nameof(CaseOutcome.Other)
            ? step.PromptAsync(ReasonPrompt, new PromptOptions { Prompt = ClosingDialogText.AskOtherReason, Help = ClosingDialogText.OtherReasonHelp }, ct)
            : step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var state = step.State<ClosingState>();
        var reason = step.ResultAs<string>();
        var result = await _closings.CloseAsync(step.Context.Activity.Caller(), Given(state.CaseId), OutcomeCatalogue.Parse(state.Outcome), reason, ct);
        await step.Context.SendActivityAsync(MessageFactory.Markdown(Reply(result)), ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static string Reply(ClosingResult result) => result.Outcome switch
    {
        ClosingOutcome.Closed => ClosingDialogText.Closed(result.Case!.Reference, result.Case.Closure!.Outcome),
        ClosingOutcome.CaseChanged => ClosingDialogText.CaseChanged,
        _ => result.Refusal ?? CaseText.NoCaseFound,
    };
}
