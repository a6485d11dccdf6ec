using System.Net;
using System.Text.Json;

namespace CaseBot.BotFramework.Connector;

/// <summary>Turns a failed Connector answer into the right exception; reads only the error code, never echoes content.</summary>
internal static class ConnectorErrors
{
    private static readonly string[] UnreachableCodes = ["BotNotInConversationRoster", "MessageWritesBlocked", "ConversationBlockedByUser"];

    // The retry pipeline caps its own waits; a queued sender gets the Connector's ask, bounded only against nonsense.
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromDays(1);

    public static async Task<ConnectorException> ReadAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var operationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        string? code = null;
        string? subCode = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(text))
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error)
                    && error.ValueKind == JsonValueKind.Object)
                {
                    code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    subCode = error.TryGetProperty("subCode", out var s) ? s.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // Not the documented error shape (e.g. a proxy's HTML page); the status code says enough.
        }

        if (response.StatusCode == HttpStatusCode.Forbidden
            && (UnreachableCodes.Contains(code, StringComparer.Ordinal) || UnreachableCodes.Contains(subCode, StringComparer.Ordinal)))
        {
            return new ConversationUnreachableException(response.StatusCode, subCode ?? code, operationId);
        }

        return new ConnectorException(response.StatusCode, code, operationId) { RetryAfter = RetryAfterDelay.From(response, now, LongestRetryAfter) };
    }
}
