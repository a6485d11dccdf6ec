namespace CaseBot.BotFramework.Builder;

/// <summary>Cross-cutting turn logic that runs before (and after) the bot.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
