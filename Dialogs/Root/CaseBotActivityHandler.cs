using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.Cards;
using CaseBot.Dialogs.Attendees;
using CaseBot.DialogEngine.Prompts;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// CaseBot's turn logic: welcomes people when they join, hands messages to the conversation in progress or to the command router,
/// and saves conversation and user state at the end of every turn so a restart resumes where the person left off. A message or card
/// action from someone without an Entra object id (nobody Teams vouches for) gets a plain answer and touches no case or conversation.
/// A case's meeting starting and ending in Teams arrive as events in the meeting's chat (<see cref="MeetingChatEvents"/>).
/// </summary>
public sealed class CaseBotActivityHandler(
    ConversationState conversationState, UserState userState, CaseBotDialogs dialogs, CommandRouter commands, IPromptRenderer renderer, AttendeeCardActions attendeeCards,
    GroupChatCommand groupChats, MeetingChatEvents meetingChat, ChoiceVocabularies vocabularies)
    : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set<IPromptRenderer>(renderer);
        turnContext.TurnState.Set(vocabularies);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        await userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.FindCaller() is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(RootText.NotIdentified), cancellationToken);
            return;
        }

        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }
        else
        {
            await commands.RouteAsync(turnContext, dc, cancellationToken);
        }

        await dialogs.ForgetIfFinishedAsync(dc, cancellationToken);
    }

    // Action.Execute on the attendees' cards (agenda, action list, record); any other verb gets the default "not supported".
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.FindCaller() is null)
        {
            return AdaptiveCardInvokeResponse.Message(RootText.NotIdentified);
        }

        return await attendeeCards.TryHandleAsync(turnContext, invokeValue, cancellationToken)
            ?? await base.OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken);
    }

    // A 1:1 chat is welcomed when the person arrives. A group chat where a case posts checks who joined (someone who is not an
    // attendee sends that case back to 1:1 chats) and is welcomed once, when CaseBot is installed there, not each time someone joins.
    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await groupChats.MembersJoinedAsync(turnContext, membersAdded, cancellationToken);
        if (!IsShared(turnContext.Activity))
        {
            await turnContext.SendActivityAsync(CardAttachment.Message(WelcomeCard.Build()), cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => IsShared(turnContext.Activity) && turnContext.Activity.Action == "add"
            ? turnContext.SendActivityAsync(CardAttachment.Message(WelcomeCard.Build()), cancellationToken)
            : Task.CompletedTask;

    // A case's meeting starting or ending in Teams: Teams posts these in the meeting's chat when CaseBot is installed there.
    protected override Task OnTeamsMeetingStartAsync(MeetingStartEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
        => meetingChat.StartedAsync(meeting, turnContext, cancellationToken);

    protected override Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
        => meetingChat.EndedAsync(meeting, turnContext, cancellationToken);

    private static bool IsShared(Activity activity)
        => activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel";
}
