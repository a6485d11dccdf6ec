using CaseBot.Cases.Access;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Http;

namespace CaseBot.Tab.Hosting;

/// <summary>Who is using the board on a request, for the host's middleware after the board's own (its rate limits): tenant and object id, never a name.</summary>
public static class TabCallers
{
    /// <summary>The request is for the board (anything under /tab).</summary>
    public static bool IsBoard(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Request.Path.StartsWithSegments(TabPaths.Root, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The signed-in user of the request's session, or null (not signed in, or a page that does not read the session).</summary>
    public static CaseCaller? SignedIn(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return TabUser.From(httpContext.User)?.Caller;
    }
}
