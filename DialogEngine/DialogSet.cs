using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;

namespace CaseBot.DialogEngine;

/// <summary>The dialogs one stack can start, by id (as Microsoft.Bot.Builder.Dialogs.DialogSet).</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _accessor;

    public DialogSet(IStatePropertyAccessor<DialogState>? accessor = null)
    {
        _accessor = accessor;
    }

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Adds a dialog; ids must be unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    public Dialog? Find(string dialogId)
        => _dialogs.TryGetValue(dialogId, out var dialog) ? dialog : null;

    /// <summary>Loads the stack from conversation state (the caller saves it) and wraps it in a context for this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_accessor is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state accessor.");
        }

        var state = await _accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        if (state is null)
        {
            state = new DialogState();
            await _accessor.SetAsync(turnContext, state, cancellationToken);
        }

        return new DialogContext(this, turnContext, state);
    }
}
