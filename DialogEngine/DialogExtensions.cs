using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;

namespace CaseBot.DialogEngine;

/// <summary>Running a root dialog for a turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Loads the dialog stack through <paramref name="accessor"/>, continues the active dialog, or begins <paramref name="dialog"/>
    /// when the stack is empty. It does NOT save: the stack is changed in place in the conversation state loaded this turn, and the
    /// caller must call <c>ConversationState.SaveChangesAsync(turnContext)</c> after the turn (typically at the end of the bot's
    /// OnTurnAsync, after every turn, so that a restart resumes at the same step). Begins on any activity type when the stack is
    /// empty; callers that only want messages to start a flow should check the activity first.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
