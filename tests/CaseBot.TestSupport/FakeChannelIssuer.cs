using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.TestSupport;

/// <summary>
/// Plays login.botframework.com on loopback: serves OpenID metadata and a JWKS whose keys carry <c>endorsements</c>, and mints
/// channel tokens signed with a generated RSA key, correct or wrong in whichever way a test needs.
/// </summary>
public sealed class FakeChannelIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly List<SigningKey> _published = [];
    private int _metadataRequests;

    private FakeChannelIssuer(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = string.Empty;

    public int MetadataRequests => _metadataRequests;

    /// <summary>The key tokens are signed with unless a test says otherwise; published with endorsement "msteams".</summary>
    public SigningKey CurrentKey { get; private set; } = SigningKey.Create("key-1", "msteams");

    public static async Task<FakeChannelIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new FakeChannelIssuer(app);
        issuer._published.Add(issuer.CurrentKey);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext ctx) =>
        {
            Interlocked.Increment(ref issuer._metadataRequests);
            var baseUrl = $"{ctx.Request.Scheme}://{ctx.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = baseUrl + "/authorize",
                ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = issuer._published.Select(k => k.ToJwk()).ToArray() }));
        await app.StartAsync();
        issuer.MetadataUrl = app.Urls.First() + "/v1/.well-known/openidconfiguration";
        return issuer;
    }

    /// <summary>Publishes a new key and signs with it from now on (key rotation).</summary>
    public SigningKey RotateKey(string keyId, params string[] endorsements)
    {
        CurrentKey = SigningKey.Create(keyId, endorsements);
        _published.Add(CurrentKey);
        return CurrentKey;
    }

    /// <summary>Mints a token; by default a valid one for <paramref name="appId"/> and <paramref name="serviceUrl"/>.</summary>
    public string CreateToken(
        string appId,
        string serviceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string issuer = Issuer,
        SigningKey? signWith = null)
    {
        var now = DateTime.UtcNow;
        var key = signWith ?? CurrentKey;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = appId,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>
    /// Mints a user's token as Entra issues it to a Teams tab (SSO): any audience and issuer, and the user's claims (tid, oid, scp,
    /// name...), signed with the current key unless told otherwise. The board reads only the keys of this issuer's metadata.
    /// </summary>
    public string CreateUserToken(
        string audience,
        string issuer,
        IReadOnlyDictionary<string, object> claims,
        DateTime? notBefore = null,
        DateTime? expires = null,
        SigningKey? signWith = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(60),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Claims = claims.ToDictionary(c => c.Key, c => c.Value),
            SigningCredentials = new SigningCredentials((signWith ?? CurrentKey).SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var key in _published)
        {
            key.Dispose();
        }
    }
}
