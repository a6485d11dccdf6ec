using System.Net;

namespace CaseBot.BotFramework.Connector;

/// <summary>The bot cannot write to that conversation (not installed for the user, removed, or blocked); retrying will not help.</summary>
public sealed class ConversationUnreachableException : ConnectorException
{
    public ConversationUnreachableException()
    {
    }

    public ConversationUnreachableException(string message)
        : base(message)
    {
    }

    public ConversationUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConversationUnreachableException(HttpStatusCode statusCode, string? errorCode, string? operationId)
        : base(statusCode, errorCode, operationId)
    {
    }
}
