using Microsoft.AspNetCore.Http;

namespace CaseBot.Tab.Hosting;

/// <summary>
/// The headers every board response carries: a Content-Security-Policy that runs only the board's own scripts and styles and lets only
/// Teams (and, in local mode, the board itself) frame it; no MIME sniffing; no referrer (URLs may hold a case reference); and, for
/// pages, no caching, since they show case details.
/// </summary>
internal static class TabSecurityHeaders
{
    /// <summary>The Teams and Microsoft 365 hosts that may show the board in a frame.</summary>
    public const string TeamsFrameAncestors = "https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft";

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
        if (!cacheable)
        {
            headers.CacheControl = "no-store";
        }
    }
}
