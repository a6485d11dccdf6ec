using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Authentication;

/// <summary>Decides whether an inbound activity really comes from the Bot Connector.</summary>
public interface IChannelTokenValidator
{
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
