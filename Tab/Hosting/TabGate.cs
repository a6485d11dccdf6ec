using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Hosting;

/// <summary>
/// In front of everything under /tab: in local mode (no app id, so no Teams sign-in) only callers on this machine that came straight in
/// are served, as on the messaging endpoint; every response gets the board's security headers (<see cref="TabSecurityHeaders"/>).
/// </summary>
internal sealed class TabGate(RequestDelegate next, IOptions<BotFrameworkAuthenticationOptions> identity)
{
    public async Task InvokeAsync(HttpContext httpContext)
    {
        var localMode = identity.Value.IsLocalMode;
        var cacheable = httpContext.Request.Path.StartsWithSegments(TabPaths.Assets, StringComparison.OrdinalIgnoreCase);
        httpContext.Response.OnStarting(() =>
        {
            TabSecurityHeaders.Apply(httpContext.Response, localMode, cacheable);
            return Task.CompletedTask;
        });
        if (localMode && (!LocalCallers.IsLoopback(httpContext) || LocalCallers.IsProxied(httpContext.Request)))
        {
            httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            await httpContext.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = 403, Title = "Local mode serves this machine only", Detail = "MicrosoftAppId is not set, so the case board serves callers on this machine only." },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", httpContext.RequestAborted);
            return;
        }

        await next(httpContext);
    }
}
