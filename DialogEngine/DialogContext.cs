using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine;

/// <summary>
/// One stack for one turn: starts, continues and ends the dialogs on it (as Microsoft.Bot.Builder.Dialogs.DialogContext).
/// The stack object is the one held in conversation state, so changes here are what the caller's SaveChangesAsync writes.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The context of the container dialog whose inner stack this is; null at the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack; index 0 is the top.</summary>
    public IList<DialogInstance> Stack => _state.Stack;

    /// <summary>The dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => _state.Stack.Count > 0 ? _state.Stack[0] : null;

    /// <summary>Finds a dialog in this set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog and starts it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' can be found from this context.");
        _state.Stack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Pushes the dialog with typed options, stored as JSON.</summary>
    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, CancellationToken cancellationToken = default)
        where TOptions : class
        => BeginDialogAsync(dialogId, BotJson.ToElement(options), cancellationToken);

    /// <summary>Starts a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, BotJson.ToElement(options), cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty))
            : GetDialog(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonElement? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        var next = ActiveDialog;
        return next is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await GetDialog(next).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Cancels every dialog on this stack, and with <paramref name="cancelParents"/> the stacks of all containers too.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
    {
        while (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        if (cancelParents && Parent is not null)
        {
            await Parent.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Swaps the active dialog for another (loops, or moving to a new flow) without resuming the one below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null ? Task.CompletedTask : GetDialog(active).RepromptDialogAsync(Context, active, cancellationToken);
    }

    /// <summary>Pops the active dialog (running its clean-up) without resuming the one below.</summary>
    internal async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return;
        }

        await GetDialog(active).EndDialogAsync(Context, active, reason, cancellationToken);
        _state.Stack.Remove(active);
    }

    private Dialog GetDialog(DialogInstance instance)
        => FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"The stack holds dialog '{instance.Id}', which is not registered (renamed or removed?).");
}
