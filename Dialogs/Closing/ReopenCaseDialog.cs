using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Closings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Closing;

/// <summary>"reopen REF" (typed, or the closed case's status card): the lead says why, and the case is open again (<see cref="CaseClosings"/>).</summary>
public sealed class ReopenCaseDialog : GuidedDialog
{
    private const string ReasonPrompt = "reopen.reason";
    private readonly CaseClosings _closings;

    public ReopenCaseDialog(CaseClosings closings, PlainAnswers answers)
        : base(nameof(ReopenCaseDialog), answers)
    {
        _closings = closings;
        AddDialog(new WaterfallDialog("reopen.steps", [CheckStepAsync, ReopenStepAsync]));
        AddDialog(new TextPrompt(ReasonPrompt, maxLength: CaseClosure.MaxReasonLength));
    }

    private async Task<DialogTurnResult> CheckStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var check = await _closings.CheckReopenAsync(step.Context.Activity.Caller(), step.GetOptions<string>() ?? string.Empty, ct);
        if (!check.Allowed)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(check.WhyNot!), ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.SetState(new ClosingState { CaseId = check.Case!.Id });
        return await step.PromptAsync(ReasonPrompt, new PromptOptions { Prompt = ClosingDialogText.AskReopenReason, Help = ClosingDialogText.ReopenReasonHelp }, ct);
    }

    private async Task<DialogTurnResult> ReopenStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var result = await _closings.ReopenAsync(step.Context.Activity.Caller(), Given(step.State<ClosingState>().CaseId), step.ResultAs<string>(), ct);
        var reply = result.Outcome switch
        {
            ClosingOutcome.Reopened => ClosingDialogText.Reopened(result.Case!.Reference),
            ClosingOutcome.CaseChanged => ClosingDialogText.CaseChanged,
            _ => result.Refusal ?? CaseText.NoCaseFound,
        };
        await step.Context.SendActivityAsync(MessageFactory.Markdown(reply), ct);
        return await step.EndDialogAsync(null, ct);
    }
}
