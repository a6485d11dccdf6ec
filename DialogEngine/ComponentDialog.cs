using System.Text.Json;
using CaseBot.BotFramework.Builder;

namespace CaseBot.DialogEngine;

/// <summary>
/// A dialog made of dialogs: it runs its own inner stack (kept in <see cref="DialogInstance.Inner"/>) starting at
/// <see cref="InitialDialogId"/>, and ends when that stack empties (as Microsoft.Bot.Builder.Dialogs.ComponentDialog).
/// </summary>
public class ComponentDialog : Dialog
{
    private const string OptionsKey = "options";
    private readonly DialogSet _dialogs = new();

    public ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialog started first; defaults to the first one added.</summary>
    public string? InitialDialogId { get; protected set; }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        instance.Inner = new DialogState();
        if (options is { } value)
        {
            instance.State[OptionsKey] = value;
        }

        var turn = await OnBeginDialogAsync(CreateInnerContext(dc, instance), options, cancellationToken);
        return await FinishTurnAsync(dc, instance, turn, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var turn = await OnContinueDialogAsync(CreateInnerContext(dc, instance), cancellationToken);
        return await FinishTurnAsync(dc, instance, turn, cancellationToken);
    }

    /// <summary>Something pushed on top of the component has ended: ask the inner stack's question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new DialogContext(_dialogs, turnContext, instance.Inner ?? new DialogState()).RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled && instance.Inner is { } inner)
        {
            await new DialogContext(_dialogs, turnContext, inner).CancelAllDialogsAsync(cancelParents: false, cancellationToken);
        }
    }

    public override string? GetHelp(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Inner?.Stack is [var top, ..] ? _dialogs.Find(top.Id)?.GetHelp(top) : null;
    }

    /// <summary>A component can carry on when every dialog on its inner stack can.</summary>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Inner?.Stack.All(i => _dialogs.Find(i.Id)?.CanResume(i) ?? true) ?? true;
    }

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless that is set.</summary>
    protected ComponentDialog AddDialog(Dialog dialog)
    {
        AddDialogCore(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Adds an inner dialog without making it a candidate for <see cref="InitialDialogId"/>.</summary>
    private protected void AddDialogCore(Dialog dialog) => _dialogs.Add(dialog);

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no initial dialog.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>The options the component was started with (for a restart).</summary>
    protected static JsonElement? GetOptions(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.Parent?.ActiveDialog?.State.TryGetValue(OptionsKey, out var options) == true ? options : null;
    }

    private DialogContext CreateInnerContext(DialogContext outerDc, DialogInstance instance)
        => new(_dialogs, outerDc.Context, instance.Inner ??= new DialogState(), outerDc);

    private static async Task<DialogTurnResult> FinishTurnAsync(
        DialogContext outerDc, DialogInstance instance, DialogTurnResult turn, CancellationToken cancellationToken)
    {
        if (turn.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // A cancel that reached the parents has already taken this instance off the outer stack.
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
        {
            return turn;
        }

        return await outerDc.EndDialogAsync(turn.Result, cancellationToken);
    }
}
