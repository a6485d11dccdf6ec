using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.Cards;
using CaseBot.Dialogs.Attendees;
using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// CaseBot's turn logic: welcomes people when they join, hands messages to the conversation in progress or to the command router,
/// and saves conversation and user state at the end of every turn so a restart resumes where the person left off.
/// </summary>
public sealed class CaseBotActivityHandler(
    ConversationState conversationState, UserState userState, CaseBotDialogs dialogs, CommandRouter commands, IPromptRenderer renderer, AttendeeCardActions attendeeCards)
    : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set<IPromptRenderer>(renderer);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        await userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken);
            return;
        }

        await commands.RouteAsync(turnContext, dc, cancellationToken);
    }

    // Action.Execute on the attendees' cards (agenda, action list, record); any other verb gets the default "not supported".
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => await attendeeCards.TryHandleAsync(turnContext, invokeValue, cancellationToken)
            ?? await base.OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync(CardAttachment.Message(WelcomeCard.Build()), cancellationToken);
}
