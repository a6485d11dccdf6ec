using CaseBot.BotFramework.Authentication;

namespace CaseBot.Tab.SignIn;

/// <summary>What checking a Teams SSO token decided: the outcome (never the token) and, when it succeeded, who signed in.</summary>
internal sealed record SsoSignIn(AuthenticationOutcome Outcome, TabUser? User)
{
    public static SsoSignIn Refused(AuthenticationOutcome outcome) => new(outcome, null);
}
