namespace CaseBot.BotFramework.Authentication;

/// <summary>What inbound authentication decided for one request. Never carries the token.</summary>
public sealed record AuthenticationOutcome(AuthenticationStatus Status, string Reason)
{
    public static AuthenticationOutcome Success { get; } = new(AuthenticationStatus.Succeeded, "ok");

    public bool Succeeded => Status == AuthenticationStatus.Succeeded;

    /// <summary>The HTTP status a refused request gets: 403 Forbidden, 503 while the keys cannot be fetched, else 401 Unauthorized.</summary>
    public int HttpStatus => Status switch
    {
        AuthenticationStatus.Succeeded => 200,
        AuthenticationStatus.Forbidden => 403,
        AuthenticationStatus.Unavailable => 503,
        _ => 401,
    };

    public static AuthenticationOutcome Unauthorized(string reason) => new(AuthenticationStatus.Unauthorized, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(AuthenticationStatus.Forbidden, reason);

    public static AuthenticationOutcome Unavailable(string reason) => new(AuthenticationStatus.Unavailable, reason);
}
