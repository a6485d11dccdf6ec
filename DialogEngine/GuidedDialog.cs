using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine;

/// <summary>
/// Base for CaseBot's guided conversations (the SDK samples' CancelAndHelpDialog, extended). Before every turn reaches the inner
/// dialogs it checks for a whole-message command (or a card's <see cref="PromptSubmit.Command"/>):
/// <list type="bullet">
/// <item>help: sends the active prompt's <see cref="PromptOptions.Help"/> (or <see cref="EngineText.GenericHelp"/>) and asks again;</item>
/// <item>cancel: asks for confirmation; yes ends all dialogs with <see cref="EngineText.Cancelled"/>, no asks the same question again;</item>
/// <item>back: re-runs the previous waiting step of the innermost waterfall that has one (answers given are kept until overwritten);</item>
/// <item>restart: starts the component again from its initial dialog with its original options and no answers.</item>
/// </list>
/// A nested GuidedDialog on top of the inner stack handles the commands itself. A stack stored by an earlier version that this one
/// cannot carry on from (<see cref="Dialog.CanResume"/>) starts the dialog again with <see cref="EngineText.StartingAgainAfterUpdate"/>,
/// whatever the message, rather than going on with answers it would misread.
/// </summary>
public abstract class GuidedDialog : ComponentDialog
{
    /// <summary>Id of the cancel confirmation inside every guided dialog.</summary>
    public const string CancelConfirmDialogId = "guidedDialog.cancelConfirm";

    private static PromptOptions CancelOptions { get; } = new() { Prompt = EngineText.CancelConfirm, Help = EngineText.CancelConfirmHelp };

    /// <param name="id">The dialog's id.</param>
    /// <param name="answers">The plain answers the cancel confirmation (and the subclass's own prompts) understand.</param>
    protected GuidedDialog(string id, PlainAnswers answers)
        : base(id)
    {
        Answers = answers ?? throw new ArgumentNullException(nameof(answers));
        AddDialogCore(new CancelConfirmPrompt(CancelConfirmDialogId, answers));
    }

    /// <summary>The plain answers (yes, no, none, "don't know") this dialog's prompts are built with.</summary>
    protected PlainAnswers Answers { get; }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (!CanResumeOwnStack(innerDc))
        {
            return await StartAgainAsync(innerDc, EngineText.StartingAgainAfterUpdate, cancellationToken);
        }

        var command = InterruptionRecognizer.Recognize(innerDc.Context.Activity);
        var active = innerDc.ActiveDialog;
        var confirmingCancel = active?.Id == CancelConfirmDialogId;
        if (command == InterruptionCommand.None || active is null || innerDc.FindDialog(active.Id) is GuidedDialog
            || (confirmingCancel && command != InterruptionCommand.Help))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        return command switch
        {
            InterruptionCommand.Help => await HelpAsync(innerDc, active, cancellationToken),
            InterruptionCommand.Cancel => await innerDc.PromptAsync(CancelConfirmDialogId, CancelOptions, cancellationToken),
            InterruptionCommand.Back => await BackAsync(innerDc, cancellationToken),
            _ => await StartAgainAsync(innerDc, EngineText.Restarting, cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> HelpAsync(DialogContext innerDc, DialogInstance active, CancellationToken cancellationToken)
    {
        var help = innerDc.FindDialog(active.Id)?.GetHelp(active) ?? EngineText.GenericHelp;
        await innerDc.Context.SendActivityAsync(help, cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> BackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < innerDc.Stack.Count; depth++)
        {
            var instance = innerDc.Stack[depth];
            if (innerDc.FindDialog(instance.Id) is WaterfallDialog waterfall && WaterfallDialog.CanGoBack(instance))
            {
                for (var above = 0; above < depth; above++)
                {
                    await innerDc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
                }

                return await waterfall.BackAsync(innerDc, cancellationToken);
            }
        }

        await innerDc.Context.SendActivityAsync(EngineText.NothingToGoBackTo, cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    // A nested guided dialog checks its own stack when the turn reaches it, so that only it starts again.
    private static bool CanResumeOwnStack(DialogContext innerDc)
        => innerDc.Stack.All(i => innerDc.FindDialog(i.Id) is not { } dialog || dialog is GuidedDialog || dialog.CanResume(i));

    private async Task<DialogTurnResult> StartAgainAsync(DialogContext innerDc, string why, CancellationToken cancellationToken)
    {
        var options = GetOptions(innerDc);
        await innerDc.Context.SendActivityAsync(why, cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
        return await OnBeginDialogAsync(innerDc, options, cancellationToken);
    }
}
