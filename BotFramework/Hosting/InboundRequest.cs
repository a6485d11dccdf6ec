using System.Text.Json;
using CaseBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Reads and checks the HTTP request before authentication: in local mode who is calling (<see cref="LocalCallers"/>) and that the body
/// is JSON (an HTML form or a text/plain fetch from another site is not); then method, size, JSON, activity type.
/// </summary>
internal sealed record InboundRequest(Activity? Activity, RequestRejection? Rejection)
{
    /// <summary>Activities larger than this are refused (Bot Framework's own limit is 256 KB).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<InboundRequest> ReadAsync(HttpContext httpContext, bool localMode, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (localMode && LocalCallers.Refusal(httpContext) is { } refusal)
        {
            return new InboundRequest(null, new RequestRejection(403, LocalRefusal.Title, refusal.Detail, refusal.Reason));
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

        if (localMode && !IsJson(request.ContentType))
        {
            return Reject(415, "Unsupported media type", "Activities are JSON: send Content-Type application/json.");
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

    /// <summary>application/json, or a JSON-based type such as application/activity+json; any charset.</summary>
    private static bool IsJson(string? contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
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
