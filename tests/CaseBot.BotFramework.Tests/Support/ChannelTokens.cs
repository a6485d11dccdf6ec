using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>Mints channel tokens with any key and algorithm, for the cases the shared fake issuer does not cover.</summary>
internal static class ChannelTokens
{
    public static string Create(
        SecurityKey key,
        string algorithm,
        string audience,
        string serviceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string issuer = "https://api.botframework.com")
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
