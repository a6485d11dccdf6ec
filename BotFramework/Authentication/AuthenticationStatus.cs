namespace CaseBot.BotFramework.Authentication;

/// <summary>Succeeded, or the HTTP answer a failure gets: 401 Unauthorized or 403 Forbidden.</summary>
public enum AuthenticationStatus
{
    Succeeded,
    Unauthorized,
    Forbidden,
}
