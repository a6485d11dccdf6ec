namespace CaseBot.BotFramework.Builder;

/// <summary>The bot's turn logic, called once per inbound activity (as Microsoft.Bot.Builder.IBot).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
