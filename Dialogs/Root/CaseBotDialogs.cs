using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Closing;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Root;

/// <summary>CaseBot's guided conversations, with their stack kept in conversation state (saved at the end of every turn).</summary>
public sealed class CaseBotDialogs
{
    private readonly DialogSet _dialogs;
    private readonly IStatePropertyAccessor<DialogState> _stack;

    public CaseBotDialogs(ConversationState conversationState, TriageDialog triage, PlanningDialog planning, RescheduleDialog reschedule,
        CloseCaseDialog close, ReopenCaseDialog reopen)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _stack = conversationState.CreateProperty<DialogState>("dialogState");
        _dialogs = new DialogSet(_stack);
        _dialogs.Add(triage);
        _dialogs.Add(planning);
        _dialogs.Add(reschedule);
        _dialogs.Add(close);
        _dialogs.Add(reopen);
    }

    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _dialogs.CreateContextAsync(turnContext, cancellationToken);

    /// <summary>A conversation whose dialogs have all ended keeps no dialog state (not even an empty stack) once the turn is saved.</summary>
    public async Task ForgetIfFinishedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Stack.Count == 0)
        {
            await _stack.DeleteAsync(dc.Context, cancellationToken);
        }
    }
}
