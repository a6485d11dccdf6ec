namespace CaseBot.BotFramework.Authentication;

/// <summary>What inbound authentication decided for one request. Never carries the token.</summary>
public sealed record AuthenticationOutcome(AuthenticationStatus Status, string Reason)
{
    public static AuthenticationOutcome Success { get; } = new(AuthenticationStatus.Succeeded, "ok");

    public bool Succeeded => Status == AuthenticationStatus.Succeeded;

    public static AuthenticationOutcome Unauthorized(string reason) => new(AuthenticationStatus.Unauthorized, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(AuthenticationStatus.Forbidden, reason);

    public static AuthenticationOutcome Unavailable(string reason) => new(AuthenticationStatus.Unavailable, reason);
}
