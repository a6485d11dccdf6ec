using CaseBot.BotFramework.Authentication;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab;

/// <summary>Puts the case board on the host under /tab: its gate, sign-in, pages and assets.</summary>
public static class TabApplicationBuilderExtensions
{
    /// <summary>The board's gate (local mode: this machine only; security headers) and authentication. Call before the endpoints.</summary>
    public static IApplicationBuilder UseCaseBotTab(this IApplicationBuilder app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(TabPaths.Root, StringComparison.OrdinalIgnoreCase), board => board.UseMiddleware<TabGate>());
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The board's pages (Razor Pages under /tab), its assets and the Teams sign-in endpoint.</summary>
    public static IEndpointRouteBuilder MapCaseBotTab(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapGet(TabPaths.Assets + "/{name}", (string name, HttpContext httpContext, TabAssets assets) => assets.Serve(name, httpContext));

        // The session is read as the pages read it (AllowAnonymous under the board's policy), so the anti-forgery token the sign-in
        // page issued is checked against the same user.
        endpoints.MapPost(TabPaths.Session, StartSessionAsync).RequireAuthorization(TabServiceCollectionExtensions.Scheme).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// POST /tab/session with the Teams SSO token in the Authorization header (never the URL): 204 and a session cookie, or the
    /// messaging endpoint's answers for a refused token (401, 403, or 503 while Entra's keys cannot be fetched), with an empty body.
    /// </summary>
    private static async Task<IResult> StartSessionAsync(
        HttpContext httpContext, TeamsSsoValidator validator, IAntiforgery antiforgery, IOptions<BotFrameworkAuthenticationOptions> identity)
    {
        if (identity.Value.IsLocalMode)
        {
            return Results.NotFound();
        }

        if (!await antiforgery.IsRequestValidAsync(httpContext))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Anti-forgery token missing or invalid", detail: "Reload the tab.");
        }

        var signIn = await validator.ValidateAsync(httpContext.Request.Headers.Authorization, httpContext.RequestAborted);
        if (signIn.User is not { } user)
        {
            return Results.StatusCode(signIn.Outcome.HttpStatus);
        }

        await httpContext.SignInAsync(TabServiceCollectionExtensions.Scheme, user.ToPrincipal(TabServiceCollectionExtensions.Scheme));
        return Results.NoContent();
    }
}
