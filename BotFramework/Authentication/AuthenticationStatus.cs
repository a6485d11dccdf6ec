namespace CaseBot.BotFramework.Authentication;

/// <summary>Succeeded, or the HTTP answer a failure gets: 401 Unauthorized, 403 Forbidden, or 503 when the keys cannot be fetched.</summary>
public enum AuthenticationStatus
{
    Succeeded,
    Unauthorized,
    Forbidden,

    /// <summary>The channel's signing keys could not be fetched: nobody can be authenticated just now; the channel retries later.</summary>
    Unavailable,
}
