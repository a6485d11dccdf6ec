using System.Text.Json;
using CaseBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// Validates the Bot Connector's bearer token on an inbound activity (Bot Framework "Authentication with the Bot Connector API"):
/// signature against the channel's published keys, issuer, audience = the bot's app id, lifetime with clock skew, the signing
/// key's endorsement of the activity's channel, and the <c>serviceurl</c> claim against the activity's serviceUrl.
/// </summary>
internal sealed partial class ChannelTokenValidator(
    OpenIdConfigurationSource configurationSource,
    IOptions<BotFrameworkAuthenticationOptions> identity,
    IOptions<BotFrameworkChannelOptions> channel,
    ILogger<ChannelTokenValidator> logger) : IChannelTokenValidator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = await ValidateAsync(authorizationHeader, activity, cancellationToken);
        if (!outcome.Succeeded)
        {
            LogRejected(logger, outcome.Status, outcome.Reason, TokenFailures.Issuer(authorizationHeader), activity.ChannelId);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> ValidateAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        var parts = header?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is null || parts.Length == 0)
        {
            return AuthenticationOutcome.Unauthorized("missing-authorization");
        }

        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Unauthorized("wrong-scheme");
        }

        var config = await TryGetConfigurationAsync(cancellationToken);
        if (config is null)
        {
            return AuthenticationOutcome.Unavailable("metadata-unavailable");
        }

        var result = await _handler.ValidateTokenAsync(parts[1], Parameters(config));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The channel may have rotated its keys since we cached them: refresh once, then decide.
            configurationSource.RequestRefresh();
            config = await TryGetConfigurationAsync(cancellationToken);
            if (config is null)
            {
                return AuthenticationOutcome.Unavailable("metadata-unavailable");
            }

            result = await _handler.ValidateTokenAsync(parts[1], Parameters(config));
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return AuthenticationOutcome.Unauthorized(TokenFailures.Reason(result.Exception));
        }

        // The key that actually verified the signature (IdentityModel may try every key when the kid matches none).
        if (!IsEndorsed(config, token.SigningKey?.KeyId ?? token.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("channel-not-endorsed");
        }

        var serviceUrl = token.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("serviceurl-mismatch");
        }

        return AuthenticationOutcome.Success;
    }

    private async Task<OpenIdConnectConfiguration?> TryGetConfigurationAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await configurationSource.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException) when (!cancellationToken.IsCancellationRequested)
        {
            // IdentityModel reports metadata it could not fetch or read this way (IDX20803). That is our outage, not a bad
            // token: the caller answers 503 so the channel retries, rather than 500 or a misleading 401.
            return null;
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuers = channel.Value.ValidIssuers,
        ValidAudience = identity.Value.MicrosoftAppId,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = Algorithms,
        ClockSkew = channel.Value.ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
    };

    private static bool IsEndorsed(OpenIdConnectConfiguration config, string? keyId, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound request rejected ({Status}): {Reason}; iss={Issuer}; channel={ChannelId}")]
    private static partial void LogRejected(ILogger logger, AuthenticationStatus status, string reason, string? issuer, string? channelId);
}
