using System.Text.Json;
using CaseBot.BotFramework.Builder;

namespace CaseBot.DialogEngine;

/// <summary>
/// A unit of conversation that lives on the dialog stack (as Microsoft.Bot.Builder.Dialogs.Dialog). A dialog object holds no
/// per-conversation data: everything that must survive the turn goes into its <see cref="DialogInstance"/> as JSON.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The result that tells the caller a dialog is waiting for the user.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    public string Id { get; }

    /// <summary>Called when the dialog is pushed; its instance is already <see cref="DialogContext.ActiveDialog"/>.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken);

    /// <summary>Called with the user's next activity while this dialog is active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog this dialog started has ended with <paramref name="result"/>. The default ends too.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for whatever the dialog is waiting on (after help or an interruption).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Clean-up hook when the instance leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Help for what the dialog is waiting on right now, if it has any.</summary>
    public virtual string? GetHelp(DialogInstance instance) => null;

    /// <summary>
    /// Whether this dialog can carry on from <paramref name="instance"/> as it was stored, perhaps by an earlier version of the bot.
    /// A <see cref="GuidedDialog"/> whose stack holds an instance that cannot be carried on from starts again instead.
    /// </summary>
    public virtual bool CanResume(DialogInstance instance) => true;
}
