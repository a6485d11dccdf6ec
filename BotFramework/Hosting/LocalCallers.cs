using CaseBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Who local mode (no app id, so no authentication) serves: callers on this machine that came straight in, asking for this machine by
/// a loopback name, and not on behalf of another website. The one rule for the messaging endpoint and every other page the host serves
/// without authentication in local mode (the case board and its user picker).
/// </summary>
public static class LocalCallers
{
    private static readonly string[] ForwardedHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Original-For"];
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Why local mode must not serve this request, or null when it may.</summary>
    public static LocalRefusal? Refusal(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        if (!IsLoopback(httpContext))
        {
            return LocalRefusal.NotLoopback;
        }

        if (IsProxied(request))
        {
            return LocalRefusal.Proxied;
        }

        if (!IsLoopbackHost(request.Host))
        {
            return LocalRefusal.ForeignHost;
        }

        return IsCrossSite(request) ? LocalRefusal.CrossSite : null;
    }

    public static bool IsLoopback(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return LoopbackAddress.IsLoopback(httpContext.Connection.RemoteIpAddress);
    }

    /// <summary>A tunnel or reverse proxy (ngrok, dev tunnels) connects from loopback on behalf of anyone on the internet.</summary>
    public static bool IsProxied(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ForwardedHeaders.Any(request.Headers.ContainsKey);
    }

    /// <summary>
    /// The name the caller asked for is this machine's (any port). A web page on another site that has pointed its own name at 127.0.0.1
    /// (DNS rebinding) reaches the loopback port with its own name here. A request with no name at all cannot come from a rebound page.
    /// </summary>
    public static bool IsLoopbackHost(HostString host)
        => !host.HasValue || LoopbackNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Sent by a browser on behalf of another website: <c>Sec-Fetch-Site: cross-site</c>, or an <c>Origin</c> that is not this machine.
    /// <c>Origin: null</c> (sandboxed frames, files, and any form posted from a page whose referrer policy is no-referrer, as the
    /// board's own pages are) counts as this machine only beside <c>Sec-Fetch-Site: same-origin</c>, which scripts cannot set.
    /// Programs (the Agents Playground, tests) send neither header.
    /// </summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"];
        if (string.Equals(site, "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var sameOrigin = string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase);
        return request.Headers.Origin.Any(origin => !IsLoopbackOrigin(origin) && !(sameOrigin && origin == "null"));
    }

    private static bool IsLoopbackOrigin(string? origin)
        => Uri.TryCreate(origin, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(url.UserInfo) && url.AbsolutePath == "/"
            && LoopbackNames.Contains(url.Host, StringComparer.OrdinalIgnoreCase);
}
