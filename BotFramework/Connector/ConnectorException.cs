using System.Net;

namespace CaseBot.BotFramework.Connector;

/// <summary>The Bot Connector refused a call, after any retries. Carries no message content.</summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string? operationId)
        : base($"The Bot Connector answered {(int)statusCode} ({errorCode ?? "no error code"}).")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        OperationId = operationId;
    }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>The Connector's X-Correlating-OperationId, for support requests.</summary>
    public string? OperationId { get; }

    /// <summary>How long the Connector asked callers to wait (its Retry-After, e.g. on 429), when it said; queued senders honour it.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
