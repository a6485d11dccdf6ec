using System.Security.Claims;
using CaseBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.SignIn;

/// <summary>
/// Checks the board's session cookie on every request, not only when the session starts: a session is kept only if this instance could
/// have made it. Outside local mode that is a Teams sign-in (never the local user picker) in a tenant whose id is a GUID, as every Entra
/// tenant's is; in local mode, the picker's. Any instance with the database's Data Protection keys can read a cookie another wrote, so
/// a cookie from a local run sharing the database is otherwise valid. A refused session is signed out and the request goes on as a
/// signed-out one (back to the sign-in page).
/// </summary>
internal sealed partial class TabSessions(IOptions<BotFrameworkAuthenticationOptions> identity, ILogger<TabSessions> logger) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Refusal(context.Principal, identity.Value.IsLocalMode) is { } reason)
        {
            LogRefused(logger, reason);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    /// <summary>Why a session may not be used on this instance (a reason code for the log), or null when it may.</summary>
    internal static string? Refusal(ClaimsPrincipal? principal, bool localMode)
    {
        var method = principal?.FindFirstValue(TabUser.MethodClaim);
        if (localMode)
        {
            return method == TabUser.ViaLocalPicker ? null : "not-a-local-sign-in";
        }

        if (method != TabUser.ViaTeams)
        {
            return method == TabUser.ViaLocalPicker ? "local-sign-in" : "unknown-sign-in";
        }

        // As the sign-in's own issuer check reads a tenant id, so a session it started is never refused here.
        return Guid.TryParse(principal?.FindFirstValue(TabUser.TenantClaim), out _) ? null : "tenant-not-a-guid";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case board session refused: {Reason}; signed out")]
    private static partial void LogRefused(ILogger logger, string reason);
}
