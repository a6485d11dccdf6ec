using CaseBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Who local mode (no app id, so no authentication) serves: callers on this machine that came straight in. Shared by the messaging
/// endpoint and every other page the host serves without authentication in local mode (the case board's user picker).
/// </summary>
public static class LocalCallers
{
    private static readonly string[] ForwardedHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Original-For"];

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
}
