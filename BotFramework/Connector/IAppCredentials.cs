namespace CaseBot.BotFramework.Connector;

/// <summary>Gets the bot's token for calls to the Bot Connector; null in local mode (no app id, no token).</summary>
public interface IAppCredentials
{
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
