using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Reads, authenticates and admits a request to the messaging endpoint before the middleware after it (rate limits) sees it, so they
/// know the caller the channel vouched for; a refused request is answered here and goes no further. The endpoint runs the admitted
/// activity's turn (and admits the request itself in a host without this middleware).
/// </summary>
internal sealed class MessagingEndpointAdmission(RequestDelegate next, CloudAdapter adapter)
{
    public async Task InvokeAsync(HttpContext httpContext)
    {
        if (MessagingEndpointMetadata.IsMessagingEndpoint(httpContext) && httpContext.Features.Get<AdmittedActivity>() is null
            && await adapter.AdmitAsync(httpContext, httpContext.RequestAborted) is null)
        {
            return;
        }

        await next(httpContext);
    }
}
