using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine;

/// <summary>"Do you want to cancel?": yes ends every dialog with <see cref="EngineText.Cancelled"/>; no goes back to the same question.</summary>
internal sealed class CancelConfirmPrompt(string id, PlainAnswers answers) : ConfirmPrompt(id, answers)
{
    protected override async Task<DialogTurnResult> OnRecognizedAsync(DialogContext dc, bool value, CancellationToken cancellationToken)
    {
        if (value)
        {
            await dc.Context.SendActivityAsync(EngineText.Cancelled, cancellationToken);
            return await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
        }

        // Pop without resuming: the dialog underneath did not finish anything, it only needs to ask its question again.
        await dc.EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        await dc.Context.SendActivityAsync(EngineText.CancelDeclined, cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }
}
