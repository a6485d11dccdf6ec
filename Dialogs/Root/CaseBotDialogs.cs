using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;
using CaseBot.Dialogs.Engine;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Root;

/// <summary>CaseBot's guided conversations, with their stack kept in conversation state (saved at the end of every turn).</summary>
public sealed class CaseBotDialogs
{
    private readonly DialogSet _dialogs;

    public CaseBotDialogs(ConversationState conversationState, TriageDialog triage, PlanningDialog planning, RescheduleDialog reschedule)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("dialogState"));
        _dialogs.Add(triage);
        _dialogs.Add(planning);
        _dialogs.Add(reschedule);
    }

    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _dialogs.CreateContextAsync(turnContext, cancellationToken);
}
