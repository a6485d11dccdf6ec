using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// CaseBot's turn logic: welcomes people when the app is installed or they join, routes commands, and saves conversation and
/// user state at the end of every turn so a restart resumes where the person left off.
/// </summary>
public sealed class CaseBotActivityHandler(ConversationState conversationState, UserState userState, CommandRouter commands) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        await userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => commands.RouteAsync(turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams sends conversationUpdate and installationUpdate on install; welcome once, on the conversationUpdate that adds the user.
        await SendWelcomeAsync(turnContext, cancellationToken);
    }

    internal static async Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = RootText.Welcome, TextFormat = "markdown" }, cancellationToken);
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = RootText.Commands, TextFormat = "markdown" }, cancellationToken);
    }
}
