using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Hosting;

/// <summary>
/// In front of everything under /tab: in local mode (no app id, so no Teams sign-in) only callers on this machine that came straight in,
/// asking for it by a loopback name and not on behalf of another website, are served: the messaging endpoint's rule
/// (<see cref="LocalCallers"/>). Every response gets the board's security headers (<see cref="TabSecurityHeaders"/>).
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
        if (localMode && LocalCallers.Refusal(httpContext) is { } refusal)
        {
            httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            await httpContext.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = 403, Title = LocalRefusal.Title, Detail = refusal.Detail },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", httpContext.RequestAborted);
            return;
        }

        await next(httpContext);
    }
}
