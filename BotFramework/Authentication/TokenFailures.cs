using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// How a refused bearer token is described in <see cref="AuthenticationOutcome.Reason"/> and the log: a stable reason code and the
/// token's issuer (read without trusting it), never the token. Shared by every endpoint that checks tokens.
/// </summary>
public static class TokenFailures
{
    public static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "expired",
        SecurityTokenNotYetValidException => "not-yet-valid",
        SecurityTokenInvalidAudienceException => "wrong-audience",
        SecurityTokenInvalidIssuerException => "wrong-issuer",
        SecurityTokenSignatureKeyNotFoundException => "unknown-signing-key",
        SecurityTokenInvalidSignatureException => "bad-signature",
        SecurityTokenInvalidAlgorithmException => "algorithm-not-allowed",
        SecurityTokenMalformedException => "malformed-token",
        _ => "invalid-token",
    };

    /// <summary>The unverified <c>iss</c> of the bearer token in an Authorization header, or null.</summary>
    public static string? Issuer(string? authorizationHeader)
    {
        var token = authorizationHeader?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var raw] ? raw : null;
        if (token is null)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
