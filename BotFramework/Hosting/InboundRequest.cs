using System.Text.Json;
using CaseBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Reads and checks the HTTP request before authentication: caller, method, size, JSON, activity type.</summary>
internal sealed record InboundRequest(Activity? Activity, RequestRejection? Rejection)
{
    /// <summary>Activities larger than this are refused (Bot Framework's own limit is 256 KB).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<InboundRequest> ReadAsync(HttpContext httpContext, bool localMode, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (localMode && !LocalCallers.IsLoopback(httpContext))
        {
            return Reject(403, "Local mode serves this machine only", "MicrosoftAppId is not set, so only loopback callers are served.");
        }

        if (localMode && LocalCallers.IsProxied(request))
        {
            return Reject(403, "Local mode serves this machine only", "MicrosoftAppId is not set, so proxied requests are refused.");
        }

        if (HttpMethods.IsHead(request.Method) || HttpMethods.IsGet(request.Method))
        {
            // The Agents Playground probes the endpoint with HEAD before it connects.
            return Reject(200, "Ready", "POST activities to this endpoint.");
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return Reject(405, "Method not allowed", "Use POST.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Reject(413, "Activity too large", "Activities are limited to 256 KB.");
        }

        var body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return Reject(413, "Activity too large", "Activities are limited to 256 KB.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return Reject(400, "Malformed activity", "The body is not a valid JSON activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Reject(400, "Malformed activity", "The activity has no type.");
        }

        return new InboundRequest(activity, null);
    }

    private static InboundRequest Reject(int status, string title, string detail) => new(null, new RequestRejection(status, title, detail));

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
