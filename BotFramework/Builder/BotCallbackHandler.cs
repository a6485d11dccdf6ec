namespace CaseBot.BotFramework.Builder;

/// <summary>A turn handler, e.g. the bot's OnTurnAsync or a proactive callback.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
