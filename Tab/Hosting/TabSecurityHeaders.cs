using Microsoft.AspNetCore.Http;

namespace CaseBot.Tab.Hosting;

/// <summary>
/// The headers every board response carries: a Content-Security-Policy that runs only the board's own scripts and styles and lets only
/// Teams (and, in local mode, the board itself) frame it; no MIME sniffing; no referrer (URLs may hold a case reference); and, for
/// pages, no caching, since they show case details. In Teams mode, over HTTPS, HSTS too: a browser that has seen the board never
/// reaches it over plain HTTP again. Never in local mode, which runs on http://localhost (an HSTS header for localhost would break
/// every other local site in that browser).
/// </summary>
internal static class TabSecurityHeaders
{
    /// <summary>The Teams and Microsoft 365 hosts that may show the board in a frame.</summary>
    public const string TeamsFrameAncestors = "https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft";

    /// <summary>A year, without includeSubDomains or preload: those bind every host of the organisation's domain, not the board's to decide.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static string ContentSecurityPolicy(bool localMode)
        => "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + $"frame-ancestors {(localMode ? "'self' " : string.Empty)}{TeamsFrameAncestors}";

    public static void Apply(HttpResponse response, bool localMode, bool cacheable)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(localMode);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin-allow-popups";
        // Browsers ignore the header over plain HTTP (RFC 6797 says not to send it there); behind a proxy that ends TLS the host knows
        // the request was HTTPS from X-Forwarded-Proto, as for the Secure cookies.
        if (!localMode && response.HttpContext.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        if (!cacheable)
        {
            headers.CacheControl = "no-store";
        }
    }
}
