using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.Tab.SignIn;

/// <summary>
/// Checks the token Teams gives the tab (<c>authentication.getAuthToken</c>) before a board session starts: signature against Entra's
/// published keys, audience <c>api://{domain}/{app id}</c> (or the bare app id, as v2 tokens carry it), an issuer of the token's own
/// tenant in Entra's v1 or v2 form (and, for a single-tenant bot, only the bot's tenant), lifetime with clock skew, the
/// <c>access_as_user</c> scope, and a user (tid, oid). Outcomes, statuses and log lines are shaped as the messaging endpoint's.
/// </summary>
internal sealed partial class TeamsSsoValidator(
    [FromKeyedServices(TabServiceCollectionExtensions.EntraMetadata)] OpenIdMetadataCache metadata,
    IOptions<BotFrameworkAuthenticationOptions> identity,
    IOptions<TabOptions> options,
    ILogger<TeamsSsoValidator> logger)
{
    public const string Scope = "access_as_user";
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<SsoSignIn> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var result = await CheckAsync(authorizationHeader, cancellationToken);
        if (!result.Outcome.Succeeded)
        {
            LogRejected(logger, result.Outcome.Status, result.Outcome.Reason, TokenFailures.Issuer(authorizationHeader));
        }

        return result;
    }

    private async Task<SsoSignIn> CheckAsync(string? header, CancellationToken cancellationToken)
    {
        var parts = header?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is null || parts.Length == 0)
        {
            return SsoSignIn.Refused(AuthenticationOutcome.Unauthorized("missing-authorization"));
        }

        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            return SsoSignIn.Refused(AuthenticationOutcome.Unauthorized("wrong-scheme"));
        }

        var appId = identity.Value.MicrosoftAppId;
        var domain = options.Value.Domain;
        if (string.IsNullOrWhiteSpace(appId) || string.IsNullOrWhiteSpace(domain))
        {
            return SsoSignIn.Refused(AuthenticationOutcome.Unavailable("tab-not-configured"));
        }

        var config = await TryGetConfigurationAsync(cancellationToken);
        if (config is null)
        {
            return SsoSignIn.Refused(AuthenticationOutcome.Unavailable("metadata-unavailable"));
        }

        var result = await _handler.ValidateTokenAsync(parts[1], Parameters(config, appId, domain));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Entra may have rotated its keys since we cached them: refresh once, then decide.
            metadata.RequestRefresh();
            config = await TryGetConfigurationAsync(cancellationToken);
            if (config is null)
            {
                return SsoSignIn.Refused(AuthenticationOutcome.Unavailable("metadata-unavailable"));
            }

            result = await _handler.ValidateTokenAsync(parts[1], Parameters(config, appId, domain));
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return SsoSignIn.Refused(AuthenticationOutcome.Unauthorized(TokenFailures.Reason(result.Exception)));
        }

        var scopes = token.TryGetPayloadValue<string>("scp", out var scp) ? scp.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (!scopes.Contains(Scope, StringComparer.Ordinal))
        {
            return SsoSignIn.Refused(AuthenticationOutcome.Forbidden("scope-missing"));
        }

        var tenant = Claim(token, "tid");
        var user = Claim(token, "oid");
        return tenant is null || user is null
            ? SsoSignIn.Refused(AuthenticationOutcome.Unauthorized("no-user"))
            : new SsoSignIn(AuthenticationOutcome.Success, new TabUser(tenant, user, Claim(token, "name"), TabUser.ViaTeams));
    }

    private async Task<OpenIdConnectConfiguration?> TryGetConfigurationAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await metadata.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException) when (!cancellationToken.IsCancellationRequested)
        {
            // Metadata that cannot be fetched is our outage, not a bad token: 503, so the page says to try again shortly.
            return null;
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config, string appId, string domain) => new()
    {
        ValidAudiences = [$"api://{domain}/{appId}", appId],
        IssuerValidator = ValidateIssuer,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = Algorithms,
        ClockSkew = options.Value.ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
    };

    // Entra's common metadata names no single issuer: each token's issuer must be its own tenant's, in the v1 or the v2 form, and a
    // single-tenant bot takes its own tenant only.
    private string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenant = token is JsonWebToken jwt ? Claim(jwt, "tid") : null;
        var allowed = identity.Value.MicrosoftAppTenantId;
        var tenantAllowed = tenant is not null && Guid.TryParse(tenant, out _)
            && (identity.Value.MicrosoftAppType == "MultiTenant" || string.IsNullOrWhiteSpace(allowed) || string.Equals(tenant, allowed, StringComparison.OrdinalIgnoreCase));
        if (tenantAllowed && (issuer == $"https://sts.windows.net/{tenant}/" || issuer == $"https://login.microsoftonline.com/{tenant}/v2.0"))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The token's issuer is not its tenant's, or the tenant is not allowed.");
    }

    private static string? Claim(JsonWebToken token, string name)
        => token.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case board sign-in refused ({Status}): {Reason}; iss={Issuer}")]
    private static partial void LogRejected(ILogger logger, AuthenticationStatus status, string reason, string? issuer);
}
