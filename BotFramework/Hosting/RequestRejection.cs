using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// A request refused before any turn runs, answered as RFC 7807 problem details. <see cref="Reason"/> is a stable code for the log,
/// when the title alone does not say which check refused it.
/// </summary>
internal sealed record RequestRejection(int Status, string Title, string Detail, string? Reason = null)
{
    public async Task WriteAsync(HttpContext httpContext, CancellationToken cancellationToken)
    {
        httpContext.Response.StatusCode = Status;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        var problem = new ProblemDetails { Status = Status, Title = Title, Detail = Detail };
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
